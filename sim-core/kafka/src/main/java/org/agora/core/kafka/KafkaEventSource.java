package org.agora.core.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.agora.core.config.BadInputException;
import org.agora.core.event.Event;
import org.agora.core.sink.EventJsonCodec;
import org.agora.core.sink.MalformedEventException;
import org.agora.core.source.BadRecord;
import org.agora.core.source.EventSource;
import org.agora.core.source.ReadOptions;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;

/**
 * Reads one run's events from a Kafka topic that may hold many runs: records whose {@code run}
 * header names another run are passed over (without decoding them); the run's records are
 * decoded, and bad ones reported with their partition and offset. Events come out in the run's
 * order (by sequence number), merged from the partitions, each of which holds its keys' events in
 * order. No consumer group is used and no offsets are committed.
 *
 * <p>A source that ends reads each partition up to its end when opened; a following one keeps
 * reading until the options say the run's writer has finished, then reads to the ends of that
 * moment. Threading: one thread.
 */
public final class KafkaEventSource implements EventSource {

    private static final int PAUSE_ABOVE = 10_000;
    private static final int RESUME_BELOW = 1_000;
    private static final Duration POLL = Duration.ofMillis(100);

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final String location;
    private final String runId;
    private final EventJsonCodec codec;
    private final ReadOptions options;
    private final List<TopicPartition> partitions = new ArrayList<>();
    private final Map<TopicPartition, ArrayDeque<Event>> queues = new HashMap<>();
    private final List<TopicPartition> paused = new ArrayList<>();
    private Map<TopicPartition, Long> ends;
    private long expectedSeq;
    private long skipped;
    private boolean ended;

    /**
     * @param settings the address, topic and client properties (the rest is not used)
     * @param runId the run to read
     * @throws BadInputException if the broker cannot be reached or the topic does not exist
     */
    public KafkaEventSource(KafkaSettings settings, String runId, EventJsonCodec codec, ReadOptions options) {
        this.location = "kafka://" + settings.bootstrap() + "/" + settings.topic();
        this.runId = runId;
        this.codec = codec;
        this.options = options;
        String refused = BootstrapAddress.unreachable(settings.bootstrap(), 3000);
        if (refused != null) {
            throw BadInputException.at(location, 0, null, "no Kafka broker there (" + refused + ")");
        }
        try {
            consumer = new KafkaConsumer<>(SpoolResender.consumerConfig(settings));
        } catch (KafkaException e) {
            throw BadInputException.at(location, 0, null, "the Kafka consumer refused its settings: " + TopicSetup.rootCause(e));
        }
        try {
            List<PartitionInfo> infos = consumer.partitionsFor(settings.topic(), settings.connectTimeout());
            if (infos == null || infos.isEmpty()) {
                throw BadInputException.at(location, 0, null, "no such topic");
            }
            for (PartitionInfo info : infos) {
                TopicPartition partition = new TopicPartition(info.topic(), info.partition());
                partitions.add(partition);
                queues.put(partition, new ArrayDeque<>());
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            if (!options.follows()) {
                ends = consumer.endOffsets(partitions, settings.connectTimeout());
            }
        } catch (org.apache.kafka.common.errors.TimeoutException e) {
            consumer.close(Duration.ZERO);
            throw BadInputException.at(location, 0, null, "the broker did not answer within "
                    + settings.connectTimeout().toSeconds() + " s");
        } catch (RuntimeException e) {
            consumer.close(Duration.ZERO);
            throw e;
        }
    }

    @Override
    public Optional<Event> next(Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        while (!ended) {
            Event ready = ready();
            if (ready != null) {
                return Optional.of(ready);
            }
            if (ends == null && options.writerFinished().getAsBoolean()) {
                ends = consumer.endOffsets(partitions, Duration.ofSeconds(30));
                continue;
            }
            if (ends != null && partitions.stream().allMatch(this::exhausted)) {
                ended = true;
                return Optional.empty();
            }
            long left = deadline - System.nanoTime();
            if (ends == null && left <= 0) {
                return Optional.empty();
            }
            poll(ends == null ? Duration.ofNanos(Math.min(left, POLL.toNanos())) : POLL);
        }
        return Optional.empty();
    }

    /**
     * The next event in the run's order, if it can be known: the expected sequence number at the
     * head of a partition, or else the smallest head once every partition that may still hold
     * events has one (a gap: the events between were never written).
     */
    private Event ready() {
        TopicPartition smallest = null;
        boolean allKnown = true;
        for (TopicPartition partition : partitions) {
            Event head = queues.get(partition).peekFirst();
            if (head == null) {
                if (!exhausted(partition)) {
                    allKnown = false;
                }
                continue;
            }
            if (head.header().seq() == expectedSeq) {
                return take(partition);
            }
            if (smallest == null || head.header().seq() < queues.get(smallest).peekFirst().header().seq()) {
                smallest = partition;
            }
        }
        return smallest != null && allKnown ? take(smallest) : null;
    }

    private Event take(TopicPartition partition) {
        ArrayDeque<Event> queue = queues.get(partition);
        Event event = queue.pollFirst();
        expectedSeq = event.header().seq() + 1;
        if (queue.size() < RESUME_BELOW && paused.remove(partition)) {
            consumer.resume(List.of(partition));
        }
        return event;
    }

    private boolean exhausted(TopicPartition partition) {
        return ends != null && queues.get(partition).isEmpty() && consumer.position(partition) >= ends.get(partition);
    }

    private void poll(Duration timeout) {
        for (ConsumerRecord<byte[], byte[]> record : consumer.poll(timeout)) {
            String run = RecordLabels.text(record.headers(), RecordLabels.RUN);
            if (run != null && !run.equals(runId)) {
                continue;
            }
            TopicPartition partition = new TopicPartition(record.topic(), record.partition());
            Event event = decode(record);
            if (event == null || !event.header().runId().equals(runId)) {
                continue;
            }
            ArrayDeque<Event> queue = queues.get(partition);
            queue.addLast(event);
            if (queue.size() > PAUSE_ABOVE && !paused.contains(partition)) {
                paused.add(partition);
                consumer.pause(List.of(partition));
            }
        }
    }

    private Event decode(ConsumerRecord<byte[], byte[]> record) {
        String text = record.value() == null ? "" : new String(record.value(), StandardCharsets.UTF_8);
        try {
            return codec.decode(text);
        } catch (MalformedEventException e) {
            String where = record.topic() + "-" + record.partition() + "@" + record.offset();
            if (options.onBadRecord() == ReadOptions.OnBadRecord.FAIL) {
                throw BadInputException.at(location, 0, null, where + ": " + e.getMessage());
            }
            skipped++;
            options.badRecords().accept(new BadRecord(where, e.getMessage(), text));
            return null;
        }
    }

    @Override
    public boolean ended() {
        return ended;
    }

    @Override
    public String location() {
        return location;
    }

    @Override
    public long skipped() {
        return skipped;
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(5));
    }
}
