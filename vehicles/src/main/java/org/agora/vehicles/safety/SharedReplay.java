package org.agora.vehicles.safety;

import java.util.Arrays;
import org.agora.vehicles.road.Lane;

/**
 * A roll-out's replay of the shared roll-out: which of a {@link Scene}'s drivers do at a step
 * exactly what they did in the shared roll-out, so that their recorded states can be taken instead
 * of simulated. A driver stays replayable while every neighbour it found there is in this scene and
 * unchanged, and no changed vehicle would be found instead. Arrays reused between roll-outs.
 * Belongs to the simulation thread.
 */
final class SharedReplay {

    private final SceneVehicles s;
    /** The shared roll-out replayed from, or null. */
    private Recording from;
    /** Each shared roll-out vehicle's index in this scene (−1: not in it). */
    private int[] sceneOf = new int[16];
    private int[] changedList = new int[16];
    private int changedCount;

    SharedReplay(SceneVehicles vehicles) {
        this.s = vehicles;
    }

    /** The shared roll-out replayed from (set by {@link #start}), or null. */
    Recording from() {
        return from;
    }

    /**
     * Starts replaying from {@code recording} (null: replays nothing): maps its vehicles to the
     * scene's, lists the changed ones and marks the vehicles without a shared place as simulated.
     */
    void start(Recording recording) {
        this.from = recording;
        if (recording == null) {
            Arrays.fill(s.replayed, 0, s.n, false);
            return;
        }
        if (sceneOf.length < recording.width) {
            sceneOf = new int[recording.width];
        }
        if (changedList.length < s.n) {
            changedList = new int[s.x.length];
        }
        Arrays.fill(sceneOf, 0, recording.width, -1);
        changedCount = 0;
        for (int i = 0; i < s.n; i++) {
            if (s.shared[i] >= 0) {
                sceneOf[s.shared[i]] = i;
            }
            if (s.changed[i]) {
                changedList[changedCount++] = i;
            }
            if (s.shared[i] < 0) {
                s.replayed[i] = false;
            }
        }
    }

    /** Ends the replay: the next roll-out simulates every driver unless started again. */
    void stop() {
        from = null;
    }

    /** Vehicle i no longer moves as in the shared roll-out. */
    void change(int i) {
        s.changed[i] = true;
        changedList[changedCount++] = i;
    }

    /**
     * Whether driver i does at step k what it did in the shared roll-out: every neighbour it found
     * there is in this scene and unchanged, and no changed vehicle would be found instead (ties
     * count as found: then it is simulated, which is always exact).
     */
    boolean replayable(int i, int k) {
        Recording from = this.from;
        double[] x = s.x;
        Lane[] lane = s.lane;
        Lane[] other = s.other;
        boolean[] changed = s.changed;
        int cell = from.cell(k, s.shared[i]);
        double xi = x[i];
        for (int q = from.searchStart[cell], end = from.searchStart[cell + 1]; q < end; q++) {
            int found = from.searchFound[q];
            int local = -1;
            if (found >= 0) {
                local = sceneOf[found];
                if (local < 0 || changed[local]) {
                    return false;
                }
            }
            Lane in = from.searchLane[q];
            boolean ahead = from.searchAhead[q];
            for (int c = 0; c < changedCount; c++) {
                int d = changedList[c];
                if (lane[d] != in && other[d] != in) {
                    continue;
                }
                double xd = x[d];
                if (ahead ? xd > xi && (local < 0 || xd <= x[local]) : xd <= xi && (local < 0 || xd >= x[local])) {
                    return false;
                }
            }
        }
        return true;
    }
}
