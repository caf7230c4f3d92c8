package org.agora.vehicles.event;

import org.agora.core.event.Worded;

/**
 * How many vehicles an episode of the merge starts with (MAPPO-PIS), or a continuous inflow.
 * Besides the counts, every episode adds one aggressive HDV on the ramp and one defensive HDV on
 * the main road.
 */
public enum Density implements Worded {
    EASY(1, 3, 0, 1),
    MEDIUM(2, 4, 2, 4),
    HARD(3, 6, 1, 4),
    /** No episodes: vehicles enter at the lanes' starts at the configured flows and leave at the road's end. */
    INFLOW(0, 0, 0, 0);

    private final int minCavs;
    private final int maxCavs;
    private final int minHdvs;
    private final int maxHdvs;

    Density(int minCavs, int maxCavs, int minHdvs, int maxHdvs) {
        this.minCavs = minCavs;
        this.maxCavs = maxCavs;
        this.minHdvs = minHdvs;
        this.maxHdvs = maxHdvs;
    }

    public int minCavs() {
        return minCavs;
    }

    public int maxCavs() {
        return maxCavs;
    }

    public int minHdvs() {
        return minHdvs;
    }

    public int maxHdvs() {
        return maxHdvs;
    }

    /** Whether runs of this density are episodes. */
    public boolean episodic() {
        return this != INFLOW;
    }

    /** The density a word names: easy, medium, hard or inflow (the word scenario files and events use). */
    public static Density of(String word) {
        return Worded.byWord(Density.class, word);
    }
}
