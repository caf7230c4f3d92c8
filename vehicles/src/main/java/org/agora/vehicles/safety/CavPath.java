package org.agora.vehicles.safety;

import java.util.Arrays;
import org.agora.vehicles.road.Lane;

/**
 * A CAV's predicted states over the horizon under one action: since a CAV only tracks its target
 * speed and lane, its prediction does not depend on the vehicles around it, and the safety module
 * computes it once per decision step and action instead of once per roll-out. State k is the one
 * after k + 1 steps, stored together ({@link #STRIDE} numbers: x, y, heading, speed, the
 * footprint's half extents along x and y; then its lane and other lane). Reused between decision
 * steps; belongs to the simulation thread.
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

    /** Makes room for {@code steps} states. */
    void reserve(int steps) {
        if (state.length < STRIDE * steps) {
            int size = Math.max(steps, 2 * state.length / STRIDE);
            state = Arrays.copyOf(state, STRIDE * size);
            lanes = Arrays.copyOf(lanes, 2 * size);
        }
    }
}
