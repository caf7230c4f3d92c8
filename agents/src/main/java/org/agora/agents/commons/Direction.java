package org.agora.agents.commons;

/**
 * Which way the dilemma points. In GovSim's three settings the pool is something everyone wants
 * ({@link #TAKE}): taking more is the selfish choice and the commons collapses when too little is
 * left. In the inverse "trash" setting of Curvo et al. the pool is something nobody wants
 * ({@link #CHORE}): doing less is the selfish choice and the commons collapses when too much is
 * left.
 */
public enum Direction {

    /** A harvest: the per-agent threshold is a most, collapse when the pool falls below the collapse threshold. */
    TAKE,

    /** A chore: the per-agent threshold is a least, collapse when the pool rises above the collapse threshold. */
    CHORE;

    /** True if {@code request} breaks the per-agent {@code limit} (asks more than it for a take, less for a chore). */
    public boolean breaks(long request, long limit) {
        return this == TAKE ? request > limit : request < limit;
    }

    /** True if the limit {@code a} restrains at least as much as {@code b} (lower for a take, higher for a chore). */
    public boolean atLeastAsRestrained(long a, long b) {
        return this == TAKE ? a <= b : a >= b;
    }

    /** The more restrained of two limits. */
    public int mostRestrained(int a, int b) {
        return this == TAKE ? Math.min(a, b) : Math.max(a, b);
    }

    /** True if a pool of {@code level} units after the harvest means collapse. */
    public boolean collapses(long level, long collapseThreshold) {
        return this == TAKE ? level < collapseThreshold : level > collapseThreshold;
    }
}
