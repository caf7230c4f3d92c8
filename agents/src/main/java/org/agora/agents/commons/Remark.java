package org.agora.agents.commons;

/**
 * What a member says in a discussion: a typed act with an amount (per agent, in the pool's units).
 *
 * @param act what kind of remark it is
 * @param amount the limit proposed, or the limit broken
 */
public record Remark(Act act, int amount) {

    /** The kinds of remark. */
    public enum Act {
        /** To the group: "let each of us keep to this limit next month" (at most for a take, at least for a chore). */
        PROPOSE,
        /** To one member: "you broke the limit of this amount". */
        WARN,
        /** To the group, in words (a language-model member); the amount is −1 and the text is in the event. */
        SAY
    }

    public static Remark propose(int limit) {
        return new Remark(Act.PROPOSE, limit);
    }

    public static Remark warn(int limit) {
        return new Remark(Act.WARN, limit);
    }

    /** Words said to the group (the text travels beside the remark). */
    public static Remark say() {
        return new Remark(Act.SAY, -1);
    }
}
