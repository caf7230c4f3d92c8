package org.agora.core.kafka;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.agora.core.config.BadInputException;
import org.agora.core.event.Event;
import org.agora.core.event.EventHeader;
import org.agora.core.run.JsonFiles;
import org.agora.core.run.SinkOpener;
import org.agora.core.sink.EventJsonCodec;
import org.agora.core.sink.EventSink;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;

/**
 * Streams a run's events to a Kafka topic, losing none: the record key is the event's source
 * entity (so each entity's events keep their order in one partition), the value is the event's
 * {@link EventJsonCodec} JSON, the headers are the {@link RecordLabels}.
 *
 * <p>Delivery: the producer is idempotent with {@code acks=all} and retries without a deadline,
 * so while a broker is away it keeps what it holds and delivers it, in order and once, when the
 * broker returns. The sink keeps every record until Kafka acknowledges it, up to
 * {@link KafkaSettings#holdBytes()}; when that memory is full it waits while Kafka acknowledges
 * (backpressure) and, once Kafka has acknowledged nothing for {@link KafkaSettings#holdPatience()},
 * appends further events to the spool, {@value #SPOOL_FILE} in the run directory. Spooled events
 * are sent, before any newer event, as soon as memory frees up. At {@link #close()} the sink waits
 * up to {@link KafkaSettings#drainTimeout()} for everything to be acknowledged; what is not is
 * left in the spool (in order, with {@value #SPOOL_METADATA} beside it) and reported by
 * {@link #problem()}, and {@link SpoolResender} sends it later.
 *
 * <p>Threading: {@link #accept}, {@link #flush} and {@link #close} on the simulation thread; the
 * producer completes records on its own I/O thread.
 */
public final class KafkaSink implements EventSink {

    public static final String NAME = "kafka";
    public static final String SPOOL_FILE = "kafka-spool.jsonl";
    public static final String SPOOL_METADATA = "kafka-spool.json";
    /** The spool written while the end of a run waits for the broker; replaced by the final spool. */
    public static final String PENDING_SPOOL_FILE = "kafka-spool.pending.jsonl";

    /** How long the sink waits before it tries again to hand over a record the producer did not take. */
    private static final long RETRY_NANOS = 2_000_000_000L;

    /** After this long at the end of a run with events still unacknowledged, a provisional spool is written. */
    private static final long PROVISIONAL_SPOOL_NANOS = 1_000_000_000L;

    private final KafkaSettings settings;
    private final RecordLabels labels;
    private final Path runDirectory;
    private final DeliveryWindow window;
    private final Spool spool;
    private final EventJsonCodec.Encoder encoder = EventJsonCodec.encoder();
    private final Connection connection;
    private Producer<byte[], byte[]> producer;
    private int partitions;
    private long produced;
    private long stalledAt = -1;
    private long retryAt;
    private boolean retrying;
    private boolean closed;
    private long spooledAtEnd;
    private long unconfirmedAtEnd;
    private String undeliveredBecause;

    /**
     * A sink writing through {@code producer} (a real one, or Kafka's {@code MockProducer} in
     * tests) to a topic that exists.
     */
    public KafkaSink(Producer<byte[], byte[]> producer, int partitions, KafkaSettings settings, RecordLabels labels,
            Path runDirectory) {
        this(settings, labels, runDirectory, Connection.ready(producer), partitions);
    }

    private KafkaSink(KafkaSettings settings, RecordLabels labels, Path runDirectory, Connection connection,
            int partitions) {
        this.settings = settings;
        this.labels = labels;
        this.runDirectory = runDirectory;
        this.window = new DeliveryWindow(settings.holdBytes());
        this.spool = new Spool(runDirectory.resolve(SPOOL_FILE));
        this.connection = connection;
        this.partitions = partitions;
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
            return new KafkaSink(settings, labels, runDirectory, Connection.ready(createProducer(settings)), partitions);
        } catch (TopicSetup.UnreachableException e) {
            if (!settings.spoolIfUnreachable()) {
                throw BadInputException.at("--kafka", 0, null, e.getMessage()
                        + "; start one (./agora broker), or add --spool-if-unreachable to run and spool the events");
            }
            return new KafkaSink(settings, labels, runDirectory, Connection.inBackground(settings), 0);
        }
    }

    /** Opens a Kafka sink for each headless run, labelled with the run's id, scenario and seed. */
    public static SinkOpener opener(KafkaSettings settings) {
        return (spec, runDirectory) -> open(settings, new RecordLabels(spec.runId(), spec.scenario().id(), spec.seed()),
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
        EventHeader header = event.header();
        byte[] value = encoder.encode(event);
        if (!connected()) {
            spool.append(value);
            return;
        }
        window.releaseAcknowledged();
        if (spool.hasUnsent()) {
            spool.append(value);
            sendSpooled();
            return;
        }
        PendingRecord record = new PendingRecord(header.seq(), header.source().getBytes(StandardCharsets.UTF_8), value,
                labels.headers(event.type()), System.currentTimeMillis(), window);
        if (!(room(record.bytes()) && window.failure() == null && send(record))) {
            spool.append(value);
        }
    }

    /** Events encoded elsewhere (a spool being resent), in their order; they take the same path as new events. */
    void acceptEncoded(byte[] json) {
        produced++;
        if (connected()) {
            window.releaseAcknowledged();
        }
        spool.append(json);
        if (connected()) {
            sendSpooled();
        }
    }

    private boolean connected() {
        if (producer == null) {
            producer = connection.producerIfReady();
            if (producer != null && connection.partitions() > 0) {
                partitions = connection.partitions();
            }
        }
        return producer != null;
    }

    /** Whether a record of {@code bytes} may be sent now; waits while Kafka acknowledges, never while it is stalled. */
    private boolean room(int bytes) {
        if (!mayTryAgain()) {
            return false;
        }
        if (window.hasRoom(bytes)) {
            return true;
        }
        if (stalledAt >= 0) {
            if (window.acknowledged() == stalledAt) {
                return false;
            }
            stalledAt = -1;
        }
        if (window.awaitRoom(bytes, settings.holdPatience())) {
            return true;
        }
        stalledAt = window.acknowledged();
        return false;
    }

    /** Sends spooled events, oldest first, while there is room. */
    private void sendSpooled() {
        byte[] json;
        while (window.failure() == null && (json = spool.peek()) != null) {
            EventLabel label = EventLabel.of(json);
            PendingRecord record = new PendingRecord(label.seq(), label.source().getBytes(StandardCharsets.UTF_8), json,
                    labels.headers(label.type()), System.currentTimeMillis(), window);
            if (!room(record.bytes()) || window.failure() != null || !send(record)) {
                return;
            }
            spool.take();
        }
    }

    /**
     * Hands a record to the producer.
     *
     * @return false if the producer did not take it (it has no metadata for the topic while a
     *     broker restarts); the sink then tries again after {@link #RETRY_NANOS}
     */
    private boolean send(PendingRecord record) {
        window.add(record);
        producer.send(new ProducerRecord<>(settings.topic(), null, record.timestampMs, record.key, record.value,
                record.headers), record);
        if (window.retractIfFailedAtOnce(record)) {
            retrying = true;
            retryAt = System.nanoTime() + RETRY_NANOS;
            return false;
        }
        return true;
    }

    /** False while a record the producer did not take waits for its retry time. */
    private boolean mayTryAgain() {
        if (retrying && System.nanoTime() - retryAt < 0) {
            return false;
        }
        retrying = false;
        return true;
    }

    @Override
    public void flush() {
        spool.flush();
    }

    /**
     * Waits up to the drain timeout for Kafka to acknowledge everything held and spooled, closes the
     * producer, and leaves what was not acknowledged in the spool. Idempotent.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        spool.flush();
        long start = System.nanoTime();
        long deadline = start + settings.drainTimeout().toNanos();
        boolean provisional = false;
        while (System.nanoTime() - deadline < 0) {
            if (connected()) {
                window.releaseAcknowledged();
                stalledAt = -1;
                sendSpooledWithoutWaiting();
                if (window.failure() != null || (!spool.hasUnsent() && window.allAcknowledged())) {
                    break;
                }
            }
            if (!provisional && System.nanoTime() - start > PROVISIONAL_SPOOL_NANOS) {
                provisional = true;
                writeProvisionalSpool();
            }
            window.awaitProgress(Math.max(0, deadline - System.nanoTime()));
        }
        connection.cancel();
        connected();
        window.closing();
        if (producer != null) {
            producer.close(Duration.ZERO);
        }
        List<PendingRecord> unconfirmed = producer == null ? List.of() : window.unconfirmed();
        List<byte[]> first = new ArrayList<>(unconfirmed.size());
        for (PendingRecord record : unconfirmed) {
            first.add(record.value);
        }
        unconfirmedAtEnd = unconfirmed.size();
        spooledAtEnd = spool.rewrite(first);
        if (spooledAtEnd > 0) {
            undeliveredBecause = reason();
            writeMetadata(SPOOL_FILE, spooledAtEnd, unconfirmedAtEnd,
                    unconfirmed.isEmpty() ? null : unconfirmed.get(0).timestampMs, undeliveredBecause);
        } else {
            deleteIfPresent(runDirectory.resolve(SPOOL_METADATA));
        }
        deleteIfPresent(runDirectory.resolve(PENDING_SPOOL_FILE));
    }

    private void sendSpooledWithoutWaiting() {
        byte[] json;
        while (window.failure() == null && (json = spool.peek()) != null) {
            EventLabel label = EventLabel.of(json);
            PendingRecord record = new PendingRecord(label.seq(), label.source().getBytes(StandardCharsets.UTF_8), json,
                    labels.headers(label.type()), System.currentTimeMillis(), window);
            if (!mayTryAgain() || !window.hasRoom(record.bytes()) || !send(record)) {
                return;
            }
            spool.take();
        }
    }

    /**
     * Writes everything not yet acknowledged to {@value #PENDING_SPOOL_FILE} while the end of the
     * run waits for the broker, so that a process stopped during that wait leaves it on disk;
     * the final spool replaces it.
     */
    private void writeProvisionalSpool() {
        List<PendingRecord> waiting = producer == null ? List.of() : window.unconfirmed();
        if (waiting.isEmpty() && !spool.hasUnsent()) {
            return;
        }
        Path pending = runDirectory.resolve(PENDING_SPOOL_FILE);
        Path temporary = runDirectory.resolve(PENDING_SPOOL_FILE + ".tmp");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary))) {
                for (PendingRecord record : waiting) {
                    out.write(record.value);
                    out.write('\n');
                }
                spool.copyUnsentTo(out);
            }
            Files.move(temporary, pending, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the Kafka spool " + pending, e);
        }
        long events = waiting.size() + spool.unsent();
        writeMetadata(PENDING_SPOOL_FILE, events, events, waiting.isEmpty() ? null : waiting.get(0).timestampMs,
                "the run was still waiting for the Kafka broker at " + settings.bootstrap() + " to acknowledge them");
    }

    private String reason() {
        if (connection.failure() != null) {
            return connection.failure();
        }
        if (producer == null) {
            return "no Kafka broker answered at " + settings.bootstrap() + " during the run";
        }
        Exception failure = window.failure();
        if (failure != null) {
            return "Kafka refused an event: " + failure.getClass().getSimpleName() + ": " + failure.getMessage();
        }
        return "the Kafka broker at " + settings.bootstrap() + " did not acknowledge them within "
                + settings.drainTimeout().toSeconds() + " s of the end of the run";
    }

    private void writeMetadata(String spoolFile, long events, long unconfirmed, Long unconfirmedSinceMs, String reason) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("spool", spoolFile);
        metadata.put("topic", settings.topic());
        metadata.put("bootstrap", settings.bootstrap());
        metadata.put("partitions", settings.partitions());
        metadata.put("run", labels.runId());
        metadata.put("scenario", labels.scenario());
        metadata.put("seed", labels.seed());
        metadata.put("v", EventJsonCodec.SCHEMA_VERSION);
        metadata.put("events", events);
        metadata.put("unconfirmed", unconfirmed);
        metadata.put("unconfirmedSince", unconfirmedSinceMs == null ? null : Instant.ofEpochMilli(unconfirmedSinceMs).toString());
        metadata.put("reason", reason);
        JsonFiles.write(runDirectory.resolve(SPOOL_METADATA), metadata);
    }

    private static void deleteIfPresent(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + file, e);
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
        return window.acknowledged();
    }

    /** Events in the spool: while running, those waiting on disk; once closed, those not delivered. */
    public long spooled() {
        return closed ? spooledAtEnd : spool.unsent();
    }

    /** The spool file (it exists only while it holds events). */
    public Path spoolFile() {
        return spool.file();
    }

    @Override
    public Map<String, Object> report() {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("written", produced);
        report.put("topic", settings.topic());
        report.put("bootstrap", settings.bootstrap());
        report.put("partitions", partitions);
        report.put("produced", produced);
        report.put("acknowledged", window.acknowledged());
        report.put("spooled", spooled());
        if (closed && spooledAtEnd > 0) {
            report.put("spool", SPOOL_FILE);
            report.put("unconfirmed", unconfirmedAtEnd);
            report.put("undelivered", undeliveredBecause);
            report.put("problem", problem().orElseThrow());
        }
        return report;
    }

    @Override
    public Optional<String> problem() {
        if (!closed || spooledAtEnd == 0) {
            return Optional.empty();
        }
        return Optional.of(String.format("%,d of %,d events not delivered to topic %s (%s), kept in %s:"
                + " send them with 'agora resend %s'", spooledAtEnd, produced, settings.topic(), undeliveredBecause,
                spool.file(), runDirectory));
    }

    /** The producer of a sink: ready at once, or made in the background once the broker answers. */
    abstract static class Connection {

        abstract Producer<byte[], byte[]> producerIfReady();

        abstract int partitions();

        /** Why it will never connect, or null. */
        abstract String failure();

        abstract void cancel();

        static Connection ready(Producer<byte[], byte[]> producer) {
            return new Connection() {
                @Override
                Producer<byte[], byte[]> producerIfReady() {
                    return producer;
                }

                @Override
                int partitions() {
                    return 0;
                }

                @Override
                String failure() {
                    return null;
                }

                @Override
                void cancel() {
                }
            };
        }

        static Connection inBackground(KafkaSettings settings) {
            return new BackgroundConnection(settings);
        }
    }

    /** Tries to reach the broker every few seconds on a thread of its own until it answers or the sink closes. */
    private static final class BackgroundConnection extends Connection {
        private static final long RETRY_MILLIS = 2000;

        private final CompletableFuture<KafkaProducer<byte[], byte[]>> producer = new CompletableFuture<>();
        private volatile int partitions;
        private volatile boolean cancelled;
        private final Thread thread;

        BackgroundConnection(KafkaSettings settings) {
            thread = new Thread(() -> connect(settings), "agora-kafka-connect");
            thread.setDaemon(true);
            thread.start();
        }

        private void connect(KafkaSettings settings) {
            while (!cancelled) {
                try {
                    partitions = TopicSetup.ensureTopic(settings);
                    producer.complete(createProducer(settings));
                    return;
                } catch (TopicSetup.UnreachableException e) {
                    try {
                        Thread.sleep(RETRY_MILLIS);
                    } catch (InterruptedException interrupted) {
                        return;
                    }
                } catch (RuntimeException e) {
                    producer.completeExceptionally(e);
                    return;
                }
            }
        }

        @Override
        Producer<byte[], byte[]> producerIfReady() {
            return producer.isDone() && !producer.isCompletedExceptionally() ? producer.join() : null;
        }

        @Override
        int partitions() {
            return partitions;
        }

        @Override
        String failure() {
            if (!producer.isCompletedExceptionally()) {
                return null;
            }
            try {
                producer.join();
                return null;
            } catch (java.util.concurrent.CompletionException e) {
                return e.getCause().getMessage();
            }
        }

        @Override
        void cancel() {
            cancelled = true;
            thread.interrupt();
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
