package org.agora.vehicles.safety;

import java.util.Arrays;
import org.agora.vehicles.road.Lane;
import org.agora.vehicles.traffic.Vehicle;

/**
 * A CAV's predicted states over the horizon under one action: since a CAV only tracks its target
 * speed and lane, its prediction does not depend on the vehicles around it, and the safety module
 * computes it once per decision step and action instead of once per roll-out. State k is the one
 * after k + 1 steps, stored together ({@link #STRIDE} numbers: x, y, heading, speed, the
 * footprint's half extents along x and y; then its lane and other lane). Reused between decision
 * steps; belongs to the simulation thread.
 *
 * <p>A path is a function of its start (position, heading, speed, lane, other lane), its target
 * lane and its target speed alone: a path traced at one decision step, from whichever of its states
 * the CAV is found in exactly at the next one with the same target lane and speed, goes on as a new
 * trace would, and is reused from there.
 */
final class CavPath {

    /** Numbers per state in {@link #state}. */
    static final int STRIDE = 6;

    double[] state = new double[STRIDE * 64];
    /** Per state: the lane its centre is in, then the other lane it overlaps (or null). */
    Lane[] lanes = new Lane[2 * 64];
    /** How many states it holds. */
    int length;
    /** The safety module's count of calls when it was traced. */
    long traced = -1;
    /** The CAV it belongs to, the time of its start (seconds), its target lane and target speed (m/s). */
    Vehicle owner;
    double start;
    Lane target;
    double wanted;

    /** Makes room for {@code steps} states. */
    void reserve(int steps) {
        if (state.length < STRIDE * steps) {
            int size = Math.max(steps, 2 * state.length / STRIDE);
            state = Arrays.copyOf(state, STRIDE * size);
            lanes = Arrays.copyOf(lanes, 2 * size);
        }
    }

    /**
     * Whether state k is exactly the given one: the same numbers bit for bit (the extents follow
     * from the heading) and the same lanes.
     */
    boolean stateIs(int k, double x, double y, double heading, double speed, Lane lane, Lane other) {
        int at = STRIDE * k;
        return Double.doubleToRawLongBits(state[at]) == Double.doubleToRawLongBits(x)
                && Double.doubleToRawLongBits(state[at + 1]) == Double.doubleToRawLongBits(y)
                && Double.doubleToRawLongBits(state[at + 2]) == Double.doubleToRawLongBits(heading)
                && Double.doubleToRawLongBits(state[at + 3]) == Double.doubleToRawLongBits(speed)
                && lanes[2 * k] == lane && lanes[2 * k + 1] == other;
    }

    /** Becomes {@code from}'s states after state k (the path from there), re-timed to {@code now}. */
    void continueFrom(CavPath from, int k, double now) {
        int count = from.length - k - 1;
        reserve(Math.max(count, 1));
        System.arraycopy(from.state, STRIDE * (k + 1), state, 0, STRIDE * count);
        System.arraycopy(from.lanes, 2 * (k + 1), lanes, 0, 2 * count);
        length = count;
        start = now;
    }
}
