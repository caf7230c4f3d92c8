package org.agora.vehicles.policy;

/**
 * How a learned policy turns its network's distribution over the meta-actions into one action:
 * a scenario's {@code policyActions} parameter and a training file's {@code evaluation.actions}.
 */
public enum PolicyActions {
    /** The most probable action: no random draw at all. */
    GREEDY("greedy"),
    /**
     * An action drawn from the distribution, as the study acts and evaluates; in a scenario run the
     * draws come from the run's named random stream {@link #STREAM}, so a run stays deterministic.
     */
    SAMPLED("sampled");

    /** The name of the run's random stream a sampled learned policy draws from. */
    public static final String STREAM = "policy-actions";

    private final String word;

    PolicyActions(String word) {
        this.word = word;
    }

    /** The word in files and on the command line. */
    public String word() {
        return word;
    }

    /** The choice named {@code word} ({@code greedy} or {@code sampled}). */
    public static PolicyActions of(String word) {
        for (PolicyActions choice : values()) {
            if (choice.word.equals(word)) {
                return choice;
            }
        }
        throw new IllegalArgumentException("must be greedy or sampled (was '" + word + "')");
    }
}
