package org.agora.core.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
 * decoded, and bad ones reported with their partition and offset.
 *
 * <p>A topic may hold several executions of one run (the same scenario and seed run twice: the
 * same run id, told apart by the {@value RecordLabels#EXECUTION} header). The source reads one:
 * the one asked for, or else the one that started last ({@link RunExecutions}, found by a first
 * pass over the records' headers when the source opens); a following source with none there yet
 * reads the first to appear. {@link #selection()} says which it read among how many. Records of
 * the run without an execution header (written before Agora labelled executions) are read
 * whichever execution is chosen: a second execution of such a run shows as repeated events. Events come out in the run's
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
    private final boolean executionAsked;
    private String execution;
    private RunExecutions executions;
    private final Set<String> executionsSeen = new LinkedHashSet<>();
    private final EventJsonCodec codec;
    private final ReadOptions options;
    private final List<TopicPartition> partitions = new ArrayList<>();
    private final Map<TopicPartition, ArrayDeque<Event>> queues = new HashMap<>();
    private final List<TopicPartition> paused = new ArrayList<>();
    private Map<TopicPartition, Long> ends;
    private long expectedSeq;
    private long skipped;
    private boolean ended;

    /** A source of the run's last execution in the topic. */
    public KafkaEventSource(KafkaSettings settings, String runId, EventJsonCodec codec, ReadOptions options) {
        this(settings, runId, null, codec, options);
    }

    /**
     * @param settings the address, topic and client properties (the rest is not used)
     * @param runId the run to read
     * @param execution the execution of the run to read; null for the one that started last
     * @throws BadInputException if the broker cannot be reached, the topic does not exist, or (a
     *     source that does not follow) the topic holds no such execution of the run
     */
    public KafkaEventSource(KafkaSettings settings, String runId, String execution, EventJsonCodec codec,
            ReadOptions options) {
        this.location = "kafka://" + settings.bootstrap() + "/" + settings.topic();
        this.runId = runId;
        this.executionAsked = execution != null;
        this.execution = execution;
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
            if (!options.follows()) {
                ends = consumer.endOffsets(partitions, settings.connectTimeout());
            }
            if (!executionAsked || !options.follows()) {
                findExecutions(ends != null ? ends : consumer.endOffsets(partitions, settings.connectTimeout()));
            }
            consumer.seekToBeginning(partitions);
        } catch (org.apache.kafka.common.errors.TimeoutException e) {
            consumer.close(Duration.ZERO);
            throw BadInputException.at(location, 0, null, "the broker did not answer within "
                    + settings.connectTimeout().toSeconds() + " s");
        } catch (RuntimeException e) {
            consumer.close(Duration.ZERO);
            throw e;
        }
    }

    /** Finds the run's executions in the topic up to {@code until}; picks the last if none was asked for. */
    private void findExecutions(Map<TopicPartition, Long> until) {
        executions = RunExecutions.scan(consumer, partitions, until, runId, location);
        if (!executionAsked) {
            execution = executions.last();
        } else if (!executions.ids().contains(execution)) {
            throw BadInputException.at(location, 0, "--execution", "the topic holds no execution " + execution + " of run "
                    + runId + (executions.ids().isEmpty() ? " (nor any other)" : " (it holds " + list(executions.ids()) + ")"));
        }
    }

    /**
     * Which execution of the run this source reads, among how many the topic holds, for the
     * reader to tell the user; empty before the source has found one (a followed run not started yet).
     */
    @Override
    public Optional<String> selection() {
        if (execution == null) {
            return Optional.empty();
        }
        Set<String> all = new LinkedHashSet<>(executions == null ? List.of() : executions.ids());
        all.addAll(executionsSeen);
        all.add(execution);
        String chosen = "execution " + execution;
        if (all.size() == 1) {
            return Optional.of(chosen + " (the only one of run " + runId + " in the topic)");
        }
        List<String> others = all.stream().filter(id -> !id.equals(execution)).toList();
        return Optional.of(chosen + (executionAsked ? ", one" : ", the last started") + " of " + all.size()
                + " executions of run " + runId + " in the topic (the other" + (others.size() == 1 ? "" : "s") + ": "
                + list(others) + (executionAsked ? ")" : "; pick one with --execution ID)"));
    }

    private static String list(List<String> executions) {
        return String.join(", ", executions);
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
            String recordExecution = RecordLabels.text(record.headers(), RecordLabels.EXECUTION);
            if (run != null && recordExecution != null) {
                executionsSeen.add(recordExecution);
                if (execution == null) {
                    // following a run that had not started when the source opened: its first execution to appear
                    execution = recordExecution;
                }
            }
            if (recordExecution != null && !recordExecution.equals(execution)) {
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
