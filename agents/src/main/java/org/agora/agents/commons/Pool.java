package org.agora.agents.commons;

/**
 * The shared resource: its level in whole units and its rules, per the reference. The collapse
 * is judged on the level after the harvest and before the growth; growth is capped at the
 * capacity.
 */
public final class Pool {

    private final CommonsConfig config;
    private final Direction direction;
    private long level;

    public Pool(CommonsConfig config, Direction direction) {
        this.config = config;
        this.direction = direction;
        this.level = config.initialStock();
    }

    /** The units in the pool now. */
    public long level() {
        return level;
    }

    /** Takes {@code units} out of the pool (the allocation never takes more than there is). */
    public void take(long units) {
        if (units < 0 || units > level) {
            throw new IllegalArgumentException("cannot take " + units + " of " + level + " units");
        }
        level -= units;
    }

    /** True if the level now, after the harvest, means collapse. */
    public boolean collapsed() {
        return direction.collapses(level, config.collapseThreshold());
    }

    /** Grows the pool to next month's level; returns it. */
    public long grow() {
        level = grownFrom(level);
        return level;
    }

    /** Next month's level from {@code from} units after the harvest. */
    public long grownFrom(long from) {
        return config.growth().next(from, config.capacity(), config.growthRate(), config.inflow());
    }

    /**
     * The group's sustainability threshold at {@code stock}. For a take, the most the group can
     * harvest so that the pool grows back to where it was: f = max{x | grow(h − x) ≥ h}, which is
     * ⌊h/2⌋ under doubling (GovSim's f(t) = h(t)/2). For a chore, the least the group must take
     * out to keep up with the inflow: the inflow, fixed (the trash setting's rule).
     */
    public long groupThreshold(long stock) {
        if (direction == Direction.CHORE) {
            return config.inflow();
        }
        long within = Math.min(stock, config.capacity());
        return switch (config.growth()) {
            case DOUBLING -> within / 2;
            case LINEAR -> Math.min(within, config.inflow());
            case LOGISTIC -> largestSustainableHarvest(within);
        };
    }

    /** The per-agent threshold: ⌊group threshold / n⌋, as the original's {@code int((h // 2) // n)}; 0 if n is 0. */
    public int agentThreshold(long stock, int headcount) {
        if (headcount <= 0) {
            return 0;
        }
        return (int) Math.min(Integer.MAX_VALUE, groupThreshold(stock) / headcount);
    }

    /**
     * f0 of the efficiency metric: the per-agent threshold at full stock (the capacity), whatever
     * the stock the run starts with (10 for five members under the defaults).
     */
    public int fullStockThreshold(int headcount) {
        return agentThreshold(config.capacity(), headcount);
    }

    /** Logistic growth with r ≤ 1 is non-decreasing below the capacity, so the largest x is found by bisection. */
    private long largestSustainableHarvest(long stock) {
        long low = 0;
        long high = stock;
        while (low < high) {
            long mid = (low + high + 1) >>> 1;
            if (grownFrom(stock - mid) >= stock) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }
}
