package org.agora.vehicles.merge;

import org.agora.vehicles.event.Density;
import org.agora.vehicles.event.EpisodeEndReason;
import org.agora.vehicles.intent.Intent;
import org.agora.vehicles.road.Lane;
import org.agora.vehicles.safety.SafetyDecision;
import org.agora.vehicles.traffic.TrafficListener;
import org.agora.vehicles.traffic.Vehicle;
import org.agora.wireless.sidelink.LossCause;
import org.agora.wireless.sidelink.PathLossModel;

/** What a {@link MergeWorld} reports besides the traffic's own news; called on the simulation thread. */
public interface MergeListener extends TrafficListener {

    default void episodeStarted(int episode, Density density, int cavs, int hdvs) {
    }

    default void episodeEnded(int episode, EpisodeEndReason reason, int decisions, double reward, int collisions, int merges) {
    }

    default void intentBroadcast(Vehicle cav, Intent intent, int receivers) {
    }

    default void intentDelivered(Intent intent, Vehicle receiver, double distance, double delayS, PathLossModel pathLoss) {
    }

    default void intentLost(Intent intent, Vehicle receiver, double distance, LossCause cause, PathLossModel pathLoss) {
    }

    default void safetyOverridden(SafetyDecision decision) {
    }

    /** A ramp vehicle entered the main road; {@code postEncroachmentTime} in seconds (+∞ without neighbours). */
    default void mergeCompleted(Vehicle vehicle, double postEncroachmentTime) {
    }

    /** The run's smallest time-to-collision so far got smaller: {@code follower} closing in on {@code leader}, seconds. */
    default void timeToCollisionLowered(Vehicle follower, Vehicle leader, double timeToCollision) {
    }

    /** An inflow vehicle did not enter {@code lane} at {@code speed} (m/s): the entry was not clear. */
    default void entryBlocked(Lane lane, double speed) {
    }

    /** The run stopped stepping after {@code steps} simulation steps of {@code dt} seconds. */
    default void runEnded(long steps, double dt) {
    }

    /** Listens to nothing. */
    MergeListener NONE = new MergeListener() {
    };
}
