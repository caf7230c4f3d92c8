package org.agora.core.experiment;

import java.util.Locale;
import org.agora.core.kernel.RandomStreams;

/**
 * How each run of an experiment gets its seed from the experiment's seed: deterministically, from
 * the run's place in the experiment, never from wall time or from the thread or machine that runs
 * it. Seeds are non-negative, so that {@code agora run --seed S} can repeat any run.
 */
public enum SeedScheme {

    /** Every run has its own seed, derived from its index: {@code seedFor(seed, "run-" + index)}. */
    INDEPENDENT,

    /**
     * Replication r has the same seed at every parameter point, {@code seedFor(seed, "replication-" + r)}:
     * common random numbers, which make differences between points less noisy.
     */
    COMMON;

    /** The word experiment files use. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The seed of one run.
     *
     * @param experimentSeed the experiment's seed
     * @param run the run's index in the experiment, from 0
     * @param replication the run's replication at its point, from 0
     */
    public long seedOf(long experimentSeed, int run, int replication) {
        String stream = this == INDEPENDENT ? "run-" + run : "replication-" + replication;
        return RandomStreams.seedFor(experimentSeed, stream) & Long.MAX_VALUE;
    }
}
