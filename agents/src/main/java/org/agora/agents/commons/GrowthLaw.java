package org.agora.agents.commons;

/**
 * How the pool changes between two months, always capped at the capacity. Levels are whole units.
 */
public enum GrowthLaw {

    /** h ← min(capacity, 2·h): GovSim's rule. */
    DOUBLING("doubling"),

    /** h ← min(capacity, h + ⌊r·h·(1 − h/capacity)⌋) with r = growthRate in (0, 1]. */
    LOGISTIC("logistic"),

    /** h ← min(capacity, h + inflow): the trash that arrives each month in the inverse setting. */
    LINEAR("linear");

    private final String word;

    GrowthLaw(String word) {
        this.word = word;
    }

    /** The word scenario files use. */
    public String word() {
        return word;
    }

    /** The law called {@code word}. */
    public static GrowthLaw of(String word) {
        for (GrowthLaw law : values()) {
            if (law.word.equals(word)) {
                return law;
            }
        }
        throw new IllegalArgumentException("no growth law " + word);
    }

    /**
     * The level next month.
     *
     * @param level this month's level after the harvest, in units (&ge; 0)
     * @param capacity the cap, in units
     * @param rate the logistic rate r (used by {@link #LOGISTIC} only)
     * @param inflow units added each month (used by {@link #LINEAR} only)
     */
    public long next(long level, long capacity, double rate, long inflow) {
        long grown = switch (this) {
            case DOUBLING -> 2 * level;
            case LOGISTIC -> level + (long) Math.floor(rate * level * (1.0 - (double) level / capacity));
            case LINEAR -> level + inflow;
        };
        return Math.max(0, Math.min(capacity, grown));
    }
}
