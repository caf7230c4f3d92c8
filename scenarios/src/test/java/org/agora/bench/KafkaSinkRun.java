package org.agora.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import org.agora.core.kafka.KafkaSettings;
import org.agora.core.kafka.KafkaSink;
import org.agora.core.kafka.RecordLabels;

/**
 * One measured run of the Kafka sink, in a JVM of its own (as ProducerPerformance runs in its
 * own): opens the sink (topic set-up and producer creation are not timed), then times sending
 * N events through it until Kafka has acknowledged them all (the sink's close). Prints one line:
 * {@code records=N acknowledged=A spooled=S seconds=T rate=R}.
 */
public final class KafkaSinkRun {

    /** The scenario and seed of the run's labels (headers). */
    static final String SCENARIO = "bench-kafka";
    static final long SEED = 1;

    private KafkaSinkRun() {
    }

    /** @param args bootstrap, topic, partitions, number of events */
    public static void main(String[] args) throws Exception {
        String bootstrap = args[0];
        String topic = args[1];
        int partitions = Integer.parseInt(args[2]);
        long records = Long.parseLong(args[3]);
        Path directory = Files.createTempDirectory("agora-kafka-bench");
        KafkaSink sink = KafkaSink.open(KafkaSettings.to(bootstrap).withTopic(topic).withPartitions(partitions),
                RecordLabels.newExecution(KafkaBenchEvents.RUN, SCENARIO, SEED), directory);
        long start = System.nanoTime();
        for (long seq = 0; seq < records; seq++) {
            sink.accept(KafkaBenchEvents.event(seq));
        }
        sink.close();
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(java.util.Locale.ROOT, "records=%d acknowledged=%d spooled=%d seconds=%.3f rate=%.1f%n", records,
                sink.acknowledged(), sink.spooled(), seconds, records / seconds);
        Files.deleteIfExists(directory);
    }
}
