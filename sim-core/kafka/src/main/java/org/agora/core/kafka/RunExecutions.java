package org.agora.core.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

/**
 * The executions of one run that a topic holds, found from the records' headers alone (no value
 * is decoded), in the order they started: by the timestamp of each execution's earliest record.
 * Records of the run without an {@value RecordLabels#EXECUTION} header (written before Agora
 * labelled executions, or by another producer) belong to none.
 *
 * @param ids the execution ids, the first started first
 */
record RunExecutions(List<String> ids) {

    /** How long a scan may take before it gives up. */
    private static final Duration SCAN_LIMIT = Duration.ofMinutes(10);

    /**
     * Reads the topic's partitions from their starts to {@code ends} with {@code consumer} (assigned
     * to them) and leaves them there; the caller seeks back.
     */
    static RunExecutions scan(KafkaConsumer<byte[], byte[]> consumer, List<TopicPartition> partitions,
            Map<TopicPartition, Long> ends, String runId, String location) {
        consumer.seekToBeginning(partitions);
        Map<String, Long> firstTimestamp = new LinkedHashMap<>();
        long deadline = System.nanoTime() + SCAN_LIMIT.toNanos();
        while (partitions.stream().anyMatch(partition -> consumer.position(partition) < ends.get(partition))) {
            if (System.nanoTime() - deadline > 0) {
                throw new IllegalStateException("could not read " + location + " to its end within "
                        + SCAN_LIMIT.toMinutes() + " minutes to find the executions of run " + runId);
            }
            for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                String execution = RecordLabels.text(record.headers(), RecordLabels.EXECUTION);
                if (execution != null && runId.equals(RecordLabels.text(record.headers(), RecordLabels.RUN))) {
                    firstTimestamp.merge(execution, record.timestamp(), Math::min);
                }
            }
        }
        List<String> ids = new ArrayList<>(firstTimestamp.keySet());
        ids.sort((a, b) -> Long.compare(firstTimestamp.get(a), firstTimestamp.get(b)));
        return new RunExecutions(List.copyOf(ids));
    }

    /** The execution that started last, or null if there is none. */
    String last() {
        return ids.isEmpty() ? null : ids.get(ids.size() - 1);
    }
}
