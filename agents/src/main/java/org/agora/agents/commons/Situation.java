package org.agora.agents.commons;

/**
 * What every agent observes at the start of a month, before it decides: the same object is shown
 * to all of them.
 *
 * @param round the month, from 1
 * @param members the number of members this month
 * @param pool the units in the pool before the harvest, h(t)
 * @param capacity the most the pool can hold
 * @param threshold the per-agent sustainability threshold f(t): a most for a take, a least for a chore
 * @param agreedLimit the per-agent limit agreed in last month's discussion, or {@link #NO_AGREEMENT}
 * @param universalization whether the universalization norm is on (every agent is reminded that if
 *     everyone goes past the threshold the commons shrinks)
 * @param direction which way the dilemma points
 */
public record Situation(int round, int members, long pool, long capacity, int threshold, int agreedLimit,
        boolean universalization, Direction direction) {

    /** The value of {@link #agreedLimit()} when no limit was agreed. */
    public static final int NO_AGREEMENT = -1;

    public boolean hasAgreement() {
        return agreedLimit != NO_AGREEMENT;
    }

    /** The agreed limit if there is one, else the threshold: the limit a cooperative member keeps. */
    public int limitInForce() {
        return hasAgreement() ? agreedLimit : threshold;
    }

    /** The whole pool as a request (what a greedy agent asks for), capped at the int range. */
    public int wholePool() {
        return (int) Math.min(Integer.MAX_VALUE, pool);
    }
}
