package org.agora.scenarios.cli;

import org.agora.core.config.BadInputException;
import org.agora.core.experiment.SweepKafka;
import org.agora.core.experiment.SweepTopics;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The Kafka options of {@code agora sweep --distributed} and {@code agora worker}: where the broker is, the topics, client properties. */
final class SweepKafkaOptions {

    @Option(names = "--kafka", paramLabel = "HOST:PORT", description = "the Kafka broker that carries the jobs and results")
    String bootstrap;

    @Option(names = "--jobs-topic", paramLabel = "NAME", description = "the topic of jobs (default: " + SweepTopics.JOBS + ")")
    private String jobsTopic;

    @Option(names = "--results-topic", paramLabel = "NAME", description = "the topic of results (default: " + SweepTopics.RESULTS + ")")
    private String resultsTopic;

    @Option(names = "--partitions", paramLabel = "N",
            description = "partitions of a jobs topic that has to be created; it bounds the busy worker threads (default: "
                    + SweepTopics.DEFAULT_PARTITIONS + ")")
    private Integer partitions;

    @Mixin
    private KafkaClientOptions client = new KafkaClientOptions();

    /** Whether any option but {@code --kafka} was given. */
    boolean anyTopicOrProperty() {
        return jobsTopic != null || resultsTopic != null || partitions != null || client.given();
    }

    /** The broker and client properties, checked. */
    SweepKafka kafka() {
        if (bootstrap == null) {
            throw BadInputException.at("--kafka", 0, null, "missing: give the broker's HOST:PORT");
        }
        return new SweepKafka(bootstrap, client.properties());
    }

    /** The topics, checked. */
    SweepTopics topics() {
        return new SweepTopics(jobsTopic == null ? SweepTopics.JOBS : jobsTopic,
                resultsTopic == null ? SweepTopics.RESULTS : resultsTopic,
                partitions == null ? SweepTopics.DEFAULT_PARTITIONS : partitions);
    }
}
