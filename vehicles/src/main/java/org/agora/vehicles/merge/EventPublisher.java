package org.agora.vehicles.merge;

import java.util.ArrayList;
import java.util.List;
import org.agora.core.event.EventBus;
import org.agora.vehicles.event.Density;
import org.agora.vehicles.event.EntryBlocked;
import org.agora.vehicles.event.DriverType;
import org.agora.vehicles.event.EpisodeEndReason;
import org.agora.vehicles.event.EpisodeEnded;
import org.agora.vehicles.event.EpisodeStarted;
import org.agora.vehicles.event.IntentBroadcast;
import org.agora.vehicles.event.IntentDelivered;
import org.agora.vehicles.event.IntentLost;
import org.agora.vehicles.event.IntentPoint;
import org.agora.vehicles.event.LaneChanged;
import org.agora.vehicles.event.MergeCompleted;
import org.agora.vehicles.event.MergeRunEnded;
import org.agora.vehicles.event.MergeTrafficMeasured;
import org.agora.vehicles.event.SafetyOverridden;
import org.agora.vehicles.event.TimeToCollisionLowered;
import org.agora.vehicles.event.VehicleEntered;
import org.agora.vehicles.event.VehicleExited;
import org.agora.vehicles.event.VehicleMoved;
import org.agora.vehicles.event.VehiclesCollided;
import org.agora.vehicles.intent.Intent;
import org.agora.vehicles.road.Lane;
import org.agora.vehicles.safety.SafetyDecision;
import org.agora.vehicles.traffic.ExitReason;
import org.agora.vehicles.traffic.Vehicle;
import org.agora.wireless.sidelink.LossCause;
import org.agora.wireless.sidelink.PathLossModel;

/** Turns a merge world's news into events on the run's bus. Belongs to the simulation thread. */
final class EventPublisher implements MergeListener {

    private static final String RUN = "run";

    private final EventBus events;
    private MergeWorld world;

    EventPublisher(EventBus events) {
        this.events = events;
    }

    void attach(MergeWorld observed) {
        this.world = observed;
    }

    /** Publishes a merge detector interval's figures. */
    void trafficMeasured(MergeDetector.Reading r) {
        events.publish(new MergeTrafficMeasured(events.stamp(RUN), r.intervalS(), r.crossings(), r.flowVehPerHour(),
                r.meanSpeedMps(), r.densityVehPerKm()));
    }

    @Override
    public void entered(Vehicle v) {
        DriverType driver = v.isCav() ? DriverType.CAV : DriverType.of(v.driver().kind());
        double wanted = v.isCav() ? v.targetSpeed() : v.desiredSpeed();
        events.publish(new VehicleEntered(events.stamp(v.id()), v.type(), driver, v.lane().name(), v.x(), v.speed(),
                wanted, world.episode()));
    }

    @Override
    public void exited(Vehicle v, ExitReason reason) {
        events.publish(new VehicleExited(events.stamp(v.id()), reason, v.lane().name(), v.x(), v.speed(),
                v.x() - v.entryX(), world.now() + world.config().dt() - v.enteredAt()));
    }

    @Override
    public void laneChanged(Vehicle v, Lane from, Lane to) {
        events.publish(new LaneChanged(events.stamp(v.id()), from.name(), to.name(), v.x(), v.speed()));
    }

    @Override
    public void collided(Vehicle v, Vehicle other) {
        boolean cav = v.isCav() || (other != null && other.isCav());
        events.publish(new VehiclesCollided(events.stamp(v.id()), other == null ? "obstacle" : other.id(), v.x(), v.y(),
                v.speed(), other == null ? 0 : other.speed(), cav));
    }

    @Override
    public void episodeStarted(int episode, Density density, int cavs, int hdvs) {
        events.publish(new EpisodeStarted(events.stamp(RUN), episode, density, cavs, hdvs));
    }

    @Override
    public void episodeEnded(int episode, EpisodeEndReason reason, int decisions, double reward, int collisions, int merges) {
        events.publish(new EpisodeEnded(events.stamp(RUN), episode, reason, decisions, reward, collisions, merges));
    }

    @Override
    public void intentBroadcast(Vehicle cav, Intent intent, int receivers) {
        List<IntentPoint> points = new ArrayList<>(intent.points());
        for (int i = 0; i < intent.points(); i++) {
            points.add(new IntentPoint(intent.timeOf(i), intent.x()[i], intent.y()[i], intent.heading()[i],
                    intent.speed()[i]));
        }
        events.publish(new IntentBroadcast(events.stamp(cav.id()), intent.message(), intent.action(), receivers, points));
    }

    @Override
    public void intentDelivered(Intent intent, Vehicle receiver, double distance, double delayS, PathLossModel pathLoss) {
        events.publish(new IntentDelivered(events.stamp(receiver.id()), intent.sender(), intent.message(), distance,
                delayS * 1000, pathLoss));
    }

    @Override
    public void intentLost(Intent intent, Vehicle receiver, double distance, LossCause cause, PathLossModel pathLoss) {
        events.publish(new IntentLost(events.stamp(receiver.id()), intent.sender(), intent.message(), distance, cause,
                pathLoss));
    }

    @Override
    public void safetyOverridden(SafetyDecision d) {
        events.publish(new SafetyOverridden(events.stamp(d.cav().id()), d.proposed(), d.chosen(), d.proposedMinGap(),
                d.chosenMinGap(), d.priority(), d.emergencyBrake()));
    }

    @Override
    public void mergeCompleted(Vehicle v, double postEncroachmentTime) {
        events.publish(new MergeCompleted(events.stamp(v.id()), v.type(), v.x(), v.speed(), postEncroachmentTime));
    }

    @Override
    public void timeToCollisionLowered(Vehicle follower, Vehicle leader, double timeToCollision) {
        events.publish(new TimeToCollisionLowered(events.stamp(follower.id()), leader.id(), timeToCollision,
                follower.gapTo(leader), follower.speed() - leader.speed()));
    }

    @Override
    public void entryBlocked(Lane lane, double speed) {
        events.publish(new EntryBlocked(events.stamp(RUN), lane.name(), speed));
    }

    @Override
    public void runEnded(long steps, double dt) {
        events.publish(new MergeRunEnded(events.stamp(RUN), steps, steps * dt));
    }

    /** Every vehicle's state now. */
    void sampleStates() {
        for (Vehicle v : world.traffic().vehicles()) {
            events.publish(new VehicleMoved(events.stamp(v.id()), v.lane().name(), v.x(), v.y(), v.speed(),
                    v.acceleration(), v.heading()));
        }
    }
}
