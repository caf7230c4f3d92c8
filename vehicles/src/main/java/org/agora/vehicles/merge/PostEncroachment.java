package org.agora.vehicles.merge;

import org.agora.vehicles.traffic.Vehicle;

/**
 * The post-encroachment time of a merge, estimated at the instant a ramp vehicle's centre crosses
 * into the main lane, at current speeds: the smaller of the time its new follower needs to reach
 * where its rear is (gap / follower's speed) and the time since its new leader's rear passed where
 * its front is (gap / leader's speed). A neighbour counts only when the gap to it is positive (a
 * neighbour alongside, overlapping along the road, is no post-encroachment but a near miss, which
 * the time-to-collision records) and it moves at {@link #MIN_SPEED} or more (a standing neighbour
 * would give an unbounded time: no conflict). Stateless.
 */
public final class PostEncroachment {

    /** Neighbours slower than this (m/s) give no post-encroachment time. */
    public static final double MIN_SPEED = 1.0;

    private PostEncroachment() {
    }

    /**
     * The time in seconds, finite and positive, or +∞ when neither neighbour gives one.
     *
     * @param merger the vehicle merging
     * @param follower its new follower in the main lane, or null
     * @param leader its new leader there, or null
     */
    public static double of(Vehicle merger, Vehicle follower, Vehicle leader) {
        double pet = Double.POSITIVE_INFINITY;
        if (follower != null) {
            pet = Math.min(pet, time(follower.gapTo(merger), follower.speed()));
        }
        if (leader != null) {
            pet = Math.min(pet, time(merger.gapTo(leader), leader.speed()));
        }
        return pet;
    }

    /** gap / speed when both are meaningful, else +∞. */
    static double time(double gapM, double speedMps) {
        return gapM > 0 && speedMps >= MIN_SPEED ? gapM / speedMps : Double.POSITIVE_INFINITY;
    }
}
