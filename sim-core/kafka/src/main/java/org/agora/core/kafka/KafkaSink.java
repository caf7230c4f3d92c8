package org.agora.core.kafka;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.agora.core.config.BadInputException;
import org.agora.core.event.Event;
import org.agora.core.event.EventHeader;
import org.agora.core.run.SinkOpener;
import org.agora.core.sink.EventJsonCodec;
import org.agora.core.sink.EventSink;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.KafkaException;

/**
 * Streams a run's events to a Kafka topic, losing none: the record key is the event's source
 * entity (so each entity's events keep their order in one partition), the value is the event's
 * {@link EventJsonCodec} JSON, the headers are the {@link RecordLabels}.
 *
 * <p>Events are encoded and sent off the simulation thread: {@link #accept} only hands the event
 * to a bounded ring ({@link EncoderThread}, which holds the run when it is full), an encoder
 * thread encodes it to JSON, and a sender thread ({@link SenderThread}) hands it, in order, to
 * the {@link SpoolingProducer}. Once the run has had to spool, each event is encoded and spooled
 * or sent before {@link #accept} returns (the spool's write-ahead promise); before that, up to
 * {@value EncoderThread#CAPACITY} accepted events may wait in memory, as records handed to Kafka
 * and not yet acknowledged do. {@link #flush} sends every event accepted. A failure on the
 * sender thread (an event the codec refuses, a spool that cannot be written) is thrown by the
 * next {@link #accept}, {@link #flush} or {@link #close}; the events after it are still sent.
 *
 * <p>This class encodes, labels, counts and reports; delivery is the {@link SpoolingProducer}'s:
 * the producer is idempotent with {@code acks=all} and retries without a deadline, backpressure
 * holds the run while Kafka acknowledges, and what Kafka does not take waits in the spool,
 * {@value #SPOOL_FILE} in the run directory (with {@value #SPOOL_METADATA} beside it). What is
 * left at {@link #close()} is reported by {@link #problem()}, and {@link SpoolResender} sends it later.
 *
 * <p>Threading: {@link #accept}, {@link #flush} and {@link #close} on the simulation thread (one
 * thread); encoding and sending on the sink's two threads; the producer completes records on its
 * own I/O thread.
 */
public final class KafkaSink implements EventSink {

    public static final String NAME = "kafka";
    public static final String SPOOL_FILE = "kafka-spool.jsonl";
    public static final String SPOOL_METADATA = "kafka-spool.json";
    /** The state of a spool being written: a resend finds such a spool only if its run was killed. */
    public static final String OPEN = "open";
    /** The state of a spool its run has closed. */
    public static final String CLOSED = "closed";
    /** The spool written while the end of a run waits for the broker; replaced by the final spool. */
    public static final String PENDING_SPOOL_FILE = "kafka-spool.pending.jsonl";

    private final KafkaSettings settings;
    private final Path runDirectory;
    private final RecordLabels labels;
    private final EventJsonCodec.Encoder encoder = EventJsonCodec.encoder();
    private final EncoderThread encoding = new EncoderThread();
    private final SpoolingProducer delivery;
    private final SenderThread sender;
    private long produced;

    /**
     * A sink writing through {@code producer} (a real one, or Kafka's {@code MockProducer} in
     * tests) to a topic that exists.
     */
    public KafkaSink(Producer<byte[], byte[]> producer, int partitions, KafkaSettings settings, RecordLabels labels,
            Path runDirectory) {
        this(settings, labels, runDirectory, ProducerConnection.ready(producer), partitions);
    }

    private KafkaSink(KafkaSettings settings, RecordLabels labels, Path runDirectory, ProducerConnection connection,
            int partitions) {
        this.settings = settings;
        this.runDirectory = runDirectory;
        this.labels = labels;
        this.delivery = new SpoolingProducer(settings, labels, runDirectory, connection, partitions);
        this.sender = new SenderThread(encoding, this::send);
    }

    /**
     * Reaches the broker, creates the topic if absent and opens the producer.
     *
     * @throws BadInputException if the settings are wrong, or if the broker cannot be reached and
     *     the settings do not ask to spool; in the latter case the sink spools from the start and
     *     delivers when the broker appears
     */
    public static KafkaSink open(KafkaSettings settings, RecordLabels labels, Path runDirectory) {
        ClientProperties.checkTogether(settings.clientProperties(), "--kafka-property");
        try {
            int partitions = TopicSetup.ensureTopic(settings);
            return new KafkaSink(settings, labels, runDirectory, ProducerConnection.ready(createProducer(settings)), partitions);
        } catch (TopicSetup.UnreachableException e) {
            if (!settings.spoolIfUnreachable()) {
                throw BadInputException.at("--kafka", 0, null, e.getMessage()
                        + "; start one (./agora broker), or add --spool-if-unreachable to run and spool the events");
            }
            return new KafkaSink(settings, labels, runDirectory, ProducerConnection.inBackground(settings), 0);
        }
    }

    /**
     * Opens a Kafka sink for each headless run, labelled with the run's id, scenario and seed, and
     * a new execution id (in the manifest's report of this sink as {@code execution}).
     */
    public static SinkOpener opener(KafkaSettings settings) {
        return (spec, runDirectory) -> open(settings, RecordLabels.newExecution(spec.runId(), spec.scenario().id(), spec.seed()),
                runDirectory);
    }

    static KafkaProducer<byte[], byte[]> createProducer(KafkaSettings settings) {
        try {
            return new KafkaProducer<>(ProducerSettings.producer(settings.bootstrap(), settings.holdBytes(),
                    settings.clientProperties()));
        } catch (KafkaException e) {
            throw BadInputException.at("--kafka-property", 0, null, "the Kafka producer refused its settings: "
                    + TopicSetup.rootCause(e));
        }
    }

    @Override
    public void accept(Event event) {
        produced++;
        encoding.awaitRoom();
        encoding.submit(event);
        sender.start();
        if (delivery.writesThrough()) {
            sender.awaitSent();
        } else {
            sender.rethrowFailure();
        }
    }

    /** Sender thread: one encoded event to the producer or the spool. */
    private void send(Event event, byte[] json) {
        EventHeader header = event.header();
        delivery.send(header.seq(), header.source(), event.type(), json);
    }

    /** Events encoded elsewhere (a spool being resent), in their order; they take the same path as new events. */
    void acceptEncoded(byte[] json) {
        produced++;
        sender.awaitSent();
        delivery.sendEncoded(json);
    }

    /** Sends (or spools) every event accepted so far, and forces the spool to the disk if a sync is due. */
    @Override
    public void flush() {
        sender.awaitSent();
        delivery.flush();
    }

    /**
     * Waits up to the drain timeout for Kafka to acknowledge everything held and spooled, closes the
     * producer, and leaves what was not acknowledged in the spool. Idempotent.
     */
    @Override
    public void close() {
        try {
            sender.awaitSent();
        } finally {
            sender.close();
            encoding.close();
            delivery.close();
        }
    }

    @Override
    public long written() {
        return produced;
    }

    @Override
    public String name() {
        return NAME;
    }

    /** Events Kafka has acknowledged so far. */
    public long acknowledged() {
        return delivery.acknowledged();
    }

    /** Events in the spool: while running, those waiting on disk; once closed, those not delivered. */
    public long spooled() {
        return delivery.spooled();
    }

    /** The spool file (it exists only while it holds events). */
    public Path spoolFile() {
        return delivery.spoolFile();
    }

    @Override
    public Map<String, Object> report() {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("written", produced);
        report.put("topic", settings.topic());
        report.put("bootstrap", settings.bootstrap());
        report.put("partitions", delivery.partitions());
        report.put("execution", labels.execution());
        report.put("produced", produced);
        report.put("acknowledged", delivery.acknowledged());
        report.put("spooled", spooled());
        if (delivery.closed() && delivery.spooled() > 0) {
            report.put("spool", SPOOL_FILE);
            report.put("unconfirmed", delivery.unconfirmedAtEnd());
            report.put("undelivered", delivery.undeliveredBecause());
            report.put("problem", problem().orElseThrow());
        }
        return report;
    }

    @Override
    public Optional<String> problem() {
        if (!delivery.closed() || delivery.spooled() == 0) {
            return Optional.empty();
        }
        return Optional.of(String.format("%,d of %,d events not delivered to topic %s (%s), kept in %s:"
                + " send them with 'agora resend %s'", delivery.spooled(), produced, settings.topic(), delivery.undeliveredBecause(),
                delivery.spoolFile(), runDirectory));
    }
}
