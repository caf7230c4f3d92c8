package org.agora.vehicles.policy;

/** The CAV policies a scenario file can choose. */
public enum PolicyKind {
    /** {@link RuleBasedPolicy}: the baseline, which ignores shared intents. */
    RULE_BASED("rule-based"),
    /** {@link CooperativePolicy}: uses shared intents. */
    COOPERATIVE("cooperative"),
    /**
     * A policy trained by {@code agora train}, read from the scenario's {@code model} file (see
     * {@link LearnedPolicyLoader}); it cannot be created without that file.
     */
    LEARNED("learned");

    private final String word;

    PolicyKind(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    /** A new policy of this kind (for {@link #LEARNED}, one that refuses to decide: load the model instead). */
    public CavPolicy create() {
        return switch (this) {
            case RULE_BASED -> new RuleBasedPolicy();
            case COOPERATIVE -> new CooperativePolicy();
            case LEARNED -> (cav, context) -> {
                throw new IllegalStateException("a learned policy needs its model file (parameter model)");
            };
        };
    }

    public static PolicyKind of(String word) {
        for (PolicyKind kind : values()) {
            if (kind.word.equals(word)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown policy '" + word + "'");
    }
}
