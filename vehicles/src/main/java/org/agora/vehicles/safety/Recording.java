package org.agora.vehicles.safety;

import java.util.Arrays;
import org.agora.vehicles.road.Lane;

/**
 * What a shared roll-out of all the vehicles near the deciding CAVs did, step by step, for every
 * human driver: its lanes after its lane-change decision, its state after the step, and every
 * search it made for a neighbour (the lane searched, ahead or behind, and the vehicle found). A
 * prediction for one ego, on a subset of these vehicles, replays a driver from it for as long as
 * every neighbour it found is in the ego's scene and unchanged and no changed vehicle would have
 * been found instead: the driver then does exactly what it did here. Indices are positions in the
 * shared scene. Reused between decision steps; belongs to the simulation thread.
 */
final class Recording {

    /** Numbers per state: x, y, heading, speed, the footprint's half extents along x and y. */
    static final int STRIDE = 6;

    int width;
    int steps;
    double[] state = new double[0];
    /** Per (step, vehicle): lane, other lane after the step; then other lane, target lane after its decision. */
    Lane[] lanes = new Lane[0];
    /** Per (step, vehicle): where its searches start in the search arrays (they end where the next one starts). */
    int[] searchStart = new int[1];
    Lane[] searchLane = new Lane[256];
    boolean[] searchAhead = new boolean[256];
    int[] searchFound = new int[256];
    int searches;
    /** For each CAV whose gaps it measured: its smallest gap and first overlapping step (from 1), as {@link Scene#rollOut} gives them. */
    double[] minGap = new double[16];
    int[] firstOverlap = new int[16];

    /** Empties it for {@code width} vehicles over {@code steps} steps. */
    void reset(int width, int steps) {
        this.width = width;
        this.steps = steps;
        int cells = width * steps;
        if (state.length < STRIDE * cells) {
            state = new double[STRIDE * cells];
            lanes = new Lane[4 * cells];
        }
        if (searchStart.length < cells + 1) {
            searchStart = new int[cells + 1];
        }
        searches = 0;
        if (minGap.length < width) {
            minGap = new double[width];
            firstOverlap = new int[width];
        }
    }

    int cell(int step, int vehicle) {
        return step * width + vehicle;
    }

    void search(Lane lane, boolean ahead, int found) {
        if (searches == searchLane.length) {
            int size = 2 * searches;
            searchLane = Arrays.copyOf(searchLane, size);
            searchAhead = Arrays.copyOf(searchAhead, size);
            searchFound = Arrays.copyOf(searchFound, size);
        }
        searchLane[searches] = lane;
        searchAhead[searches] = ahead;
        searchFound[searches] = found;
        searches++;
    }
}
