package org.agora.agents.commons;

/**
 * A read-only view of a running commons society, for displays and tools: the pool, this month's
 * thresholds and limits, and each member's request and take this month. It never changes the
 * model. Amounts in whole units of the pool.
 *
 * <p>Threading: read it on the simulation thread, or while the simulation cannot step.
 */
public final class SocietyView {

    private final Society society;

    SocietyView(Society society) {
        this.society = society;
    }

    /** Take (fish, graze, pollute) or chore (take out trash). */
    public Direction direction() {
        return society.direction();
    }

    /** The month being played or last played, from 1; 0 before the first. */
    public int month() {
        return society.month();
    }

    /** The units in the pool now (after this month's harvest, or after the growth that ended it). */
    public long level() {
        return society.pool().level();
    }

    /** The units in the pool when this month's harvest began, h(t). */
    public long levelBeforeHarvest() {
        return society.stockBefore();
    }

    /** The most the pool holds. */
    public long capacity() {
        return society.config().capacity();
    }

    /** The collapse threshold C: collapse below it after a harvest (above it for a chore). */
    public long collapseThreshold() {
        return society.config().collapseThreshold();
    }

    /** Whether the pool has collapsed. */
    public boolean collapsed() {
        return society.pool().collapsed();
    }

    /**
     * The group's sustainability threshold of this month, F(t): the most the group can take so the
     * pool grows back (the least it must take out, for a chore).
     */
    public long groupThreshold() {
        return society.pool().groupThreshold(society.stockBefore());
    }

    /** The per-agent threshold of this month, f(t); 0 before the first month. */
    public int agentThreshold() {
        return society.situation() == null ? 0 : society.situation().threshold();
    }

    /** The limit members were expected to keep this month: the one agreed last month, or else the threshold. */
    public int limitInForce() {
        return society.situation() == null ? 0 : society.situation().limitInForce();
    }

    /** The per-agent limit agreed in this month's discussion (for next month), or −1 if none. */
    public int agreedLimit() {
        return society.agreedLimit();
    }

    public int members() {
        return society.memberCount();
    }

    public String memberId(int member) {
        return society.identity(member).id();
    }

    /** The member's kind (policy), for example {@code greedy}. */
    public String memberKind(int member) {
        return society.identity(member).kind();
    }

    /** The month the member joined in, from 1. */
    public int joined(int member) {
        return society.identity(member).joinedRound();
    }

    /** What the member asked for this month (0 before its first month). */
    public int requested(int member) {
        return society.requested(member);
    }

    /** What the member got this month (0 before its first month). */
    public int taken(int member) {
        return society.taken(member);
    }
}
