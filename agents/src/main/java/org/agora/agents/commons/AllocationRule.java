package org.agora.agents.commons;

/** How the pool is split when the requests add up to more than there is. */
public enum AllocationRule {

    /** One unit at a time to a uniformly random agent that still wants more (GovSim's default). */
    RANDOM_UNITS("random-units"),

    /** Each agent gets ⌊pool·r_i/Σr⌋; the units left go one each to distinct random agents among those rounded down. */
    PROPORTIONAL("proportional");

    private final String word;

    AllocationRule(String word) {
        this.word = word;
    }

    /** The word scenario files use. */
    public String word() {
        return word;
    }

    /** The rule called {@code word}. */
    public static AllocationRule of(String word) {
        for (AllocationRule rule : values()) {
            if (rule.word.equals(word)) {
                return rule;
            }
        }
        throw new IllegalArgumentException("no allocation rule " + word);
    }
}
