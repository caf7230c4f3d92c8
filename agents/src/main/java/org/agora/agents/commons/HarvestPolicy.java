package org.agora.agents.commons;

import org.agora.agents.Policy;

/**
 * A policy of the common-pool resource game. Each month it observes the {@link Situation} and
 * decides how many units to ask for (whole units; the request is capped at the pool); with
 * communication it then reviews the {@link HarvestReport}, may speak in the group discussion
 * ({@link Remark}s), and is asked whether it endorses each proposed limit. Its memory holds a
 * {@link RoundRecord} per month.
 */
public interface HarvestPolicy extends Policy<Situation, Integer, Remark> {

    /**
     * Starts whatever slow work this month's decision needs (a language model's answer), after
     * {@link #observe} and before {@link #decide}: every member's is started before any member
     * decides, so the members' private decisions are made at the same time. Nothing by default.
     */
    default void prepare() {
    }

    /** Takes in the report of the month's harvest (communication only). Ignores it by default. */
    default void review(HarvestReport report) {
    }

    /**
     * Whether it endorses {@code limit} as next month's per-agent limit (an at-most for a take, an
     * at-least for a chore). Asked after the discussion, for each distinct limit proposed in it.
     * Endorses nothing by default.
     */
    default boolean endorses(int limit) {
        return false;
    }
}
