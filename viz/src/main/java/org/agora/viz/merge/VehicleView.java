package org.agora.viz.merge;

import java.util.Locale;
import org.agora.vehicles.event.IntentBroadcast;
import org.agora.vehicles.traffic.Vehicle;

/**
 * A vehicle as the display shows it and its inspector lists it: read-only getters over the model's
 * vehicle (MASON's inspectors list a bean's getters), plus the intent it last shared. The getters
 * return text with its unit and a sensible rounding, since that is what the inspector shows; drawing
 * code reads the numbers ({@link #xMetres()}, {@link #yMetres()}).
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

    /** Along the main road, metres (for drawing; the inspector shows {@link #getPosition()}). */
    public double xMetres() {
        return vehicle.x();
    }

    /** Lateral, metres, larger towards the ramp (for drawing). */
    public double yMetres() {
        return vehicle.y();
    }

    /** Along the main road and across it, for the inspector: "523.4 m along, 3.50 m across". */
    public String getPosition() {
        return String.format(Locale.ROOT, "%.1f m along, %.2f m across", vehicle.x(), vehicle.y());
    }

    /** "23.4 m/s (84 km/h)". */
    public String getSpeed() {
        return speed(vehicle.speed());
    }

    /** The acceleration applied in the last step: "-1.20 m/s²". */
    public String getAcceleration() {
        return String.format(Locale.ROOT, "%.2f m/s²", vehicle.acceleration());
    }

    /** "2.1°", 0 along the road. */
    public String getHeading() {
        return String.format(Locale.ROOT, "%.1f°", Math.toDegrees(vehicle.heading()));
    }

    /** The speed it wants (a human driver) or tracks (a CAV). */
    public String getWantedSpeed() {
        return speed(vehicle.isCav() ? vehicle.targetSpeed() : vehicle.desiredSpeed());
    }

    private static String speed(double metresPerSecond) {
        return String.format(Locale.ROOT, "%.1f m/s (%.0f km/h)", metresPerSecond, metresPerSecond * 3.6);
    }

    /** The vehicle ahead in its lane, or "none". */
    public String getLeader() {
        Vehicle leader = vehicle.leader();
        return leader == null ? "none" : leader.id();
    }

    /** Bumper-to-bumper gap to the leader: "12.3 m", or "no leader". */
    public String getGapToLeader() {
        Vehicle leader = vehicle.leader();
        return leader == null ? "no leader" : String.format(Locale.ROOT, "%.1f m", vehicle.gapTo(leader));
    }

    /** The action of the intent it last shared (a CAV), or "none". */
    public String getSharedAction() {
        IntentBroadcast intent = scene.intentOf(vehicle.id());
        return intent == null ? "none" : intent.action().name();
    }

    /** How far ahead its last shared intent reaches: "45.0 m", or "no intent". */
    public String getIntentReach() {
        IntentBroadcast intent = scene.intentOf(vehicle.id());
        if (intent == null || intent.points().isEmpty()) {
            return "no intent";
        }
        double reach = intent.points().get(intent.points().size() - 1).xM() - intent.points().get(0).xM();
        return String.format(Locale.ROOT, "%.1f m", reach);
    }

    public boolean isOnRoad() {
        return !vehicle.removed();
    }

    @Override
    public String toString() {
        return vehicle.id();
    }
}
