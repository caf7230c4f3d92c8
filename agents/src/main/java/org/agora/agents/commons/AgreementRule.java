package org.agora.agents.commons;

/** How many members must endorse a proposed limit for the discussion to end in an agreement. */
public enum AgreementRule {

    /** More than half of the members. */
    MAJORITY("majority"),

    /** Every member. */
    UNANIMITY("unanimity");

    private final String word;

    AgreementRule(String word) {
        this.word = word;
    }

    /** The word scenario files use. */
    public String word() {
        return word;
    }

    /** The rule called {@code word}. */
    public static AgreementRule of(String word) {
        for (AgreementRule rule : values()) {
            if (rule.word.equals(word)) {
                return rule;
            }
        }
        throw new IllegalArgumentException("no agreement rule " + word);
    }

    /** True if {@code endorsers} of {@code members} make an agreement. */
    public boolean agreed(int endorsers, int members) {
        return this == MAJORITY ? 2L * endorsers > members : endorsers == members && members > 0;
    }
}
