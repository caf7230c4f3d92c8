package org.agora.viz.merge;

import org.agora.vehicles.event.IntentBroadcast;
import org.agora.vehicles.traffic.Vehicle;

/**
 * A vehicle as the display shows it and its inspector lists it: read-only getters over the model's
 * vehicle (MASON's inspectors list a bean's getters), plus the intent it last shared. Units: metres,
 * m/s, m/s², degrees.
 */
public final class VehicleView {

    private final Vehicle vehicle;
    private final MergeScene scene;

    VehicleView(Vehicle vehicle, MergeScene scene) {
        this.vehicle = vehicle;
        this.scene = scene;
    }

    /** The model's vehicle (read it, never change it). */
    public Vehicle vehicle() {
        return vehicle;
    }

    public String getId() {
        return vehicle.id();
    }

    /** HDV or CAV. */
    public String getType() {
        return vehicle.type().name();
    }

    /** The human driver's law (IDM, AGGRESSIVE, DEFENSIVE), or CAV. */
    public String getDriver() {
        return vehicle.isCav() ? "CAV" : vehicle.driver().kind().name();
    }

    public String getLane() {
        return vehicle.lane().name();
    }

    public boolean isChangingLanes() {
        return vehicle.changingLanes();
    }

    /** Along the main road, metres. */
    public double getX() {
        return vehicle.x();
    }

    /** Lateral, metres (larger towards the ramp). */
    public double getY() {
        return vehicle.y();
    }

    /** m/s. */
    public double getSpeed() {
        return vehicle.speed();
    }

    /** The acceleration applied in the last step, m/s². */
    public double getAcceleration() {
        return vehicle.acceleration();
    }

    /** Degrees, 0 along the road. */
    public double getHeading() {
        return Math.toDegrees(vehicle.heading());
    }

    /** The speed it wants (a human driver) or tracks (a CAV), m/s. */
    public double getWantedSpeed() {
        return vehicle.isCav() ? vehicle.targetSpeed() : vehicle.desiredSpeed();
    }

    /** The vehicle ahead in its lane, or "none". */
    public String getLeader() {
        Vehicle leader = vehicle.leader();
        return leader == null ? "none" : leader.id();
    }

    /** Bumper-to-bumper gap to the leader, metres; −1 without one. */
    public double getGapToLeader() {
        Vehicle leader = vehicle.leader();
        return leader == null ? -1 : vehicle.gapTo(leader);
    }

    /** The action of the intent it last shared (a CAV), or "none". */
    public String getSharedAction() {
        IntentBroadcast intent = scene.intentOf(vehicle.id());
        return intent == null ? "none" : intent.action().name();
    }

    /** How far ahead its last shared intent reaches, metres; 0 without one. */
    public double getIntentReach() {
        IntentBroadcast intent = scene.intentOf(vehicle.id());
        if (intent == null || intent.points().isEmpty()) {
            return 0;
        }
        return intent.points().get(intent.points().size() - 1).x() - intent.points().get(0).x();
    }

    public boolean isOnRoad() {
        return !vehicle.removed();
    }

    @Override
    public String toString() {
        return vehicle.id();
    }
}
