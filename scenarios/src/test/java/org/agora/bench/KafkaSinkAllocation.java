package org.agora.bench;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.agora.core.kafka.KafkaSettings;
import org.agora.core.kafka.KafkaSink;
import org.agora.core.kafka.RecordLabels;

/**
 * Bytes allocated per record by each thread of the Kafka sink's JVM, the benchmark's events sent to
 * a running broker: a measure the machine's load does not move (CPU-seconds do), so a change to the
 * per-record work can be told from the noise. A fifth of the records first warms the JVM; then the
 * threads' allocation counters are read before and after the measured records (after a flush and a
 * pause for the acknowledgements). Prints one line per kind of thread.
 */
public final class KafkaSinkAllocation {

    private static final long ACKNOWLEDGEMENT_WAIT_MILLIS = 1500;

    private KafkaSinkAllocation() {
    }

    /** @param args bootstrap, topic, number of measured events */
    public static void main(String[] args) throws Exception {
        long records = Long.parseLong(args[2]);
        Path directory = Files.createTempDirectory("agora-kafka-allocation");
        KafkaSink sink = KafkaSink.open(KafkaSettings.to(args[0]).withTopic(args[1]).withPartitions(3),
                RecordLabels.newExecution(KafkaBenchEvents.RUN, "bench-kafka", 1), directory);
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long warmUp = records / 5;
        for (long seq = 0; seq < warmUp; seq++) {
            sink.accept(KafkaBenchEvents.event(seq));
        }
        sink.flush();
        Map<String, Long> before = allocatedByKind(threads);
        for (long seq = warmUp; seq < warmUp + records; seq++) {
            sink.accept(KafkaBenchEvents.event(seq));
        }
        sink.flush();
        Thread.sleep(ACKNOWLEDGEMENT_WAIT_MILLIS);
        Map<String, Long> after = allocatedByKind(threads);
        sink.close();
        after.forEach((kind, bytes) -> {
            double perRecord = (bytes - before.getOrDefault(kind, 0L)) / (double) records;
            if (perRecord >= 0.05) {
                System.out.printf(Locale.ROOT, "%-40s %8.1f bytes/record%n", kind, perRecord);
            }
        });
        Files.deleteIfExists(directory);
    }

    /** Bytes allocated so far by the live threads, by name without a trailing number. */
    private static Map<String, Long> allocatedByKind(ThreadMXBean threads) {
        Map<String, Long> byKind = new TreeMap<>();
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            long bytes = threads.getThreadAllocatedBytes(thread.getId());
            if (bytes > 0) {
                byKind.merge(thread.getName().replaceAll("\\d+$", ""), bytes, Long::sum);
            }
        }
        return byKind;
    }
}
