package org.agora.core.experiment;

import org.agora.core.config.BadInputException;

/**
 * The Kafka topics a distributed sweep uses: one for jobs (a run to do each, key = the sweep's id
 * and the run's index), one for results (a {@link RunRecord} each, same key). Many sweeps can
 * share them; messages carry their sweep's id.
 *
 * @param jobs the jobs topic
 * @param results the results topic
 * @param partitions the partition count of a jobs topic that has to be created: it bounds how
 *     many worker threads can be busy at once
 */
public record SweepTopics(String jobs, String results, int partitions) {

    public static final String JOBS = "agora.sweep.jobs";
    public static final String RESULTS = "agora.sweep.results";
    public static final int DEFAULT_PARTITIONS = 24;

    /** Partitions of a results topic that has to be created; the coordinator reads them all. */
    static final int RESULT_PARTITIONS = 3;

    public SweepTopics {
        check(jobs, "--jobs-topic");
        check(results, "--results-topic");
        if (jobs.equals(results)) {
            throw BadInputException.at("--results-topic", 0, null, "must differ from the jobs topic (" + jobs + ")");
        }
        if (partitions < 1) {
            throw BadInputException.at("--partitions", 0, null, "must be at least 1 (was " + partitions + ")");
        }
    }

    /** The default topics. */
    public static SweepTopics defaults() {
        return new SweepTopics(JOBS, RESULTS, DEFAULT_PARTITIONS);
    }

    private static void check(String topic, String option) {
        if (topic == null || !topic.matches("[a-zA-Z0-9._-]{1,249}")) {
            throw BadInputException.at(option, 0, null, "'" + topic
                    + "' is not a valid Kafka topic name (letters, digits, '.', '_' and '-', at most 249)");
        }
    }
}
