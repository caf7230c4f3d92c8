package org.agora.agents.commons;

/**
 * The phases of one month, in the order they run at the month's instant (round r at
 * (r − 1)·{@link org.agora.core.config.SimTime#MONTH}): the month is one kernel entry whose
 * phases run in this order ({@link org.agora.core.kernel.Kernel#everyInPhases}). Interventions of
 * the scenario file run before all of them.
 */
public enum Phase {

    /** Every member observes the pool and privately decides its request. */
    HARVEST,

    /** The requests are granted, or the over-demanded pool is split by the allocation rule. */
    ALLOCATION,

    /** Every member reviews what everyone wanted and got (communication only). */
    REPORT,

    /** A bounded group conversation; it may end in an agreed per-agent limit (communication only). */
    DISCUSSION,

    /** Every member remembers the month and updates its beliefs. */
    REFLECTION,

    /** Collapse check (after the harvest, before growth), round limit, or growth. */
    END_OF_ROUND
}
