package org.agora.vehicles.merge;

import org.agora.vehicles.policy.CavPolicy;
import org.agora.vehicles.policy.CooperativePolicy;
import org.agora.vehicles.policy.RuleBasedPolicy;

/** The CAV policies a scenario file can choose. */
public enum PolicyKind {
    /** {@link RuleBasedPolicy}: the baseline, which ignores shared intents. */
    RULE_BASED("rule-based"),
    /** {@link CooperativePolicy}: uses shared intents. */
    COOPERATIVE("cooperative");

    private final String word;

    PolicyKind(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    /** A new policy of this kind. */
    public CavPolicy create() {
        return this == RULE_BASED ? new RuleBasedPolicy() : new CooperativePolicy();
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
