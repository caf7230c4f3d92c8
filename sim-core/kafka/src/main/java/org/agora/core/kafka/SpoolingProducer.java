package org.agora.core.kafka;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.agora.core.run.JsonFiles;
import org.agora.core.run.RunProcess;
import org.agora.core.sink.EventJsonCodec;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * Hands encoded events to a Kafka producer, losing none: it keeps every record until Kafka
 * acknowledges it, up to {@link KafkaSettings#holdBytes()} ({@link DeliveryWindow}); when that
 * memory is full it waits while Kafka acknowledges (backpressure) and, once Kafka has
 * acknowledged nothing for {@link KafkaSettings#holdPatience()}, appends further events to the
 * {@link Spool} (write-ahead: its metadata first, then the records handed over and not yet
 * acknowledged, then the event). Spooled events are sent, before any newer event, as soon as
 * memory frees up. {@link #close()} waits up to {@link KafkaSettings#drainTimeout()} and leaves
 * what was not acknowledged in the spool, with its metadata beside it.
 *
 * <p>Threading: {@link #send}, {@link #sendEncoded}, {@link #flush} and {@link #close} on one
 * thread at a time (the sink's sender thread while it sends, the simulation thread once the sender
 * has sent everything, see {@link SenderThread}); {@link #writesThrough}, {@link #acknowledged} and
 * {@link #spooled} from any thread; the producer completes records on its own I/O thread.
 */
final class SpoolingProducer {

    /** How long it waits before it tries again to hand over a record the producer did not take. */
    private static final long RETRY_NANOS = 2_000_000_000L;

    /** After this long at the end of a run with events still unacknowledged, a provisional spool is written. */
    private static final long PROVISIONAL_SPOOL_NANOS = 1_000_000_000L;

    private final KafkaSettings settings;
    private final RecordLabels labels;
    private final Path runDirectory;
    private final DeliveryWindow window;
    private final Spool spool;
    private final ProducerConnection connection;
    /** Whether the user's properties name producer interceptors (which may add headers to each record). */
    private final boolean interceptors;
    private final RecordKeys keys = new RecordKeys();
    private Producer<byte[], byte[]> producer;
    private int partitions;
    private long stalledAt = -1;
    private long retryAt;
    private boolean retrying;
    private boolean closed;
    private long spooledAtEnd;
    private long unconfirmedAtEnd;
    private String undeliveredBecause;

    SpoolingProducer(KafkaSettings settings, RecordLabels labels, Path runDirectory, ProducerConnection connection,
            int partitions) {
        this.settings = settings;
        this.labels = labels;
        this.runDirectory = runDirectory;
        this.window = new DeliveryWindow(settings.holdBytes());
        this.spool = new Spool(runDirectory.resolve(KafkaSink.SPOOL_FILE));
        this.connection = connection;
        this.partitions = partitions;
        this.interceptors = settings.clientProperties().containsKey(ProducerConfig.INTERCEPTOR_CLASSES_CONFIG);
    }

    /**
     * Sends one event, or spools it.
     *
     * @param seq its sequence number
     * @param source its source entity, the record key
     * @param type its type, for the headers
     * @param value its JSON
     */
    void send(long seq, String source, String type, byte[] value) {
        if (!connected()) {
            toSpool(value);
            return;
        }
        window.releaseAcknowledged();
        if (spool.hasUnsent()) {
            toSpool(value);
            sendSpooled(true);
            return;
        }
        PendingRecord record = new PendingRecord(settings.topic(), seq, key(source), value,
                headers(type), System.currentTimeMillis(), window);
        if (!(room(record.bytes()) && window.failure() == null && send(record))) {
            startSpooling(value);
        }
    }

    /**
     * A record's headers: its type's shared, read-only headers; a writable copy of them if the user
     * configured producer interceptors, which may add headers to a record before it is sent.
     */
    private Headers headers(String type) {
        Headers shared = labels.headers(type);
        return interceptors ? new RecordHeaders(shared.toArray()) : shared;
    }

    /** A record's key: its source's id in UTF-8, shared with the source's other records; a copy if interceptors may change it. */
    private byte[] key(String source) {
        byte[] key = keys.of(source);
        return interceptors ? key.clone() : key;
    }

    /**
     * Whether the run has spooled: from then on every event must reach the spool or the producer
     * before the sink returns (write-ahead), so the sink stops holding events back to encode them.
     */
    boolean writesThrough() {
        return spool.exists();
    }

    /** Appends an event to the spool, its metadata first if the spool file does not exist yet. */
    private void toSpool(byte[] value) {
        describeSpool(System.currentTimeMillis());
        spool.append(value);
    }

    /**
     * Appends an event that could not be sent directly: the sink starts spooling. Write-ahead:
     * the spool's metadata ({@value KafkaSink#SPOOL_METADATA}, state "open") exists before the spool file,
     * and the records handed to Kafka and not yet acknowledged are journaled into the spool before
     * the event, so that a process killed from then on leaves every event it accepted in the spool
     * or in the topic.
     */
    private void startSpooling(byte[] value) {
        List<PendingRecord> handedOver = window.unconfirmed();
        describeSpool(handedOver.isEmpty() ? System.currentTimeMillis() : handedOver.get(0).timestampMs);
        List<byte[]> unjournaled = new ArrayList<>(handedOver.size());
        for (PendingRecord record : handedOver) {
            if (!record.onDisk) {
                record.onDisk = true;
                unjournaled.add(record.value());
            }
        }
        spool.journal(unjournaled);
        spool.append(value);
    }

    private void describeSpool(long oldestSendMs) {
        if (!spool.exists()) {
            writeMetadata(KafkaSink.SPOOL_FILE, KafkaSink.OPEN, null, null, oldestSendMs,
                    "the run is writing it (or was killed while it did): every event in it may be missing from the topic");
        }
    }

    /** Events encoded elsewhere (a spool being resent), in their order; they take the same path as new events. */
    void sendEncoded(byte[] json) {
        if (connected()) {
            window.releaseAcknowledged();
        }
        toSpool(json);
        if (connected()) {
            sendSpooled(true);
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

    /**
     * Sends spooled events, oldest first, while there is room: waiting while Kafka acknowledges
     * (during the run), or only while room is free now (in the end-of-run drain, which waits itself).
     */
    private void sendSpooled(boolean waitForRoom) {
        byte[] json;
        while (window.failure() == null && (json = spool.peek()) != null) {
            EventLabel label = EventLabel.of(json);
            PendingRecord record = new PendingRecord(settings.topic(), label.seq(), key(label.source()),
                    json, headers(label.type()), System.currentTimeMillis(), window);
            record.onDisk = true;
            boolean mayGo = waitForRoom ? room(record.bytes()) : mayTryAgain() && window.hasRoom(record.bytes());
            if (!mayGo || window.failure() != null || !send(record)) {
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
        producer.send(record, record);
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

    /** Forces the spool to the disk if a sync is due. */
    void flush() {
        spool.flush();
    }

    /**
     * Waits up to the drain timeout for Kafka to acknowledge everything held and spooled, closes the
     * producer, and leaves what was not acknowledged in the spool. Idempotent.
     */
    void close() {
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
                sendSpooled(false);
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
            first.add(record.value());
        }
        unconfirmedAtEnd = unconfirmed.size();
        spooledAtEnd = spool.rewrite(first);
        if (spooledAtEnd > 0) {
            undeliveredBecause = reason();
            writeMetadata(KafkaSink.SPOOL_FILE, KafkaSink.CLOSED, spooledAtEnd, unconfirmedAtEnd,
                    unconfirmed.isEmpty() ? null : unconfirmed.get(0).timestampMs, undeliveredBecause);
        } else {
            deleteIfPresent(runDirectory.resolve(KafkaSink.SPOOL_METADATA));
        }
        deleteIfPresent(runDirectory.resolve(KafkaSink.PENDING_SPOOL_FILE));
    }

    /**
     * Writes everything not yet acknowledged to {@value KafkaSink#PENDING_SPOOL_FILE} while the end of the
     * run waits for the broker, so that a process stopped during that wait leaves it on disk;
     * the final spool replaces it.
     */
    private void writeProvisionalSpool() {
        List<PendingRecord> waiting = producer == null ? List.of() : window.unconfirmed();
        if (waiting.isEmpty() && !spool.hasUnsent()) {
            return;
        }
        Path pending = runDirectory.resolve(KafkaSink.PENDING_SPOOL_FILE);
        Path temporary = runDirectory.resolve(KafkaSink.PENDING_SPOOL_FILE + ".tmp");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary))) {
                for (PendingRecord record : waiting) {
                    out.write(record.value());
                    out.write('\n');
                }
                spool.copyUnsentTo(out);
            }
            Files.move(temporary, pending, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the Kafka spool " + pending, e);
        }
        long events = waiting.size() + spool.unsent();
        writeMetadata(KafkaSink.PENDING_SPOOL_FILE, KafkaSink.CLOSED, events, events, waiting.isEmpty() ? null : waiting.get(0).timestampMs,
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

    /**
     * Writes {@value KafkaSink#SPOOL_METADATA}: which spool file, of which run and topic, in what state
     * ({@value KafkaSink#OPEN}: being written, counts unknown, every event possibly missing from the topic;
     * {@value KafkaSink#CLOSED}: the run ended, the counts are final and the first {@code unconfirmed}
     * events may be in the topic already).
     */
    private void writeMetadata(String spoolFile, String state, Long events, Long unconfirmed, Long unconfirmedSinceMs,
            String reason) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("spool", spoolFile);
        metadata.put("state", state);
        metadata.put("process", RunProcess.current());
        metadata.put("topic", settings.topic());
        metadata.put("bootstrap", settings.bootstrap());
        metadata.put("partitions", settings.partitions());
        metadata.put("run", labels.runId());
        metadata.put("execution", labels.execution());
        metadata.put("scenario", labels.scenario());
        metadata.put("seed", labels.seed());
        metadata.put("v", EventJsonCodec.SCHEMA_VERSION);
        metadata.put("events", events);
        metadata.put("unconfirmed", unconfirmed);
        metadata.put("unconfirmedSince", unconfirmedSinceMs == null ? null : Instant.ofEpochMilli(unconfirmedSinceMs).toString());
        metadata.put("reason", reason);
        JsonFiles.write(runDirectory.resolve(KafkaSink.SPOOL_METADATA), metadata);
    }

    private static void deleteIfPresent(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + file, e);
        }
    }

    /** Events Kafka has acknowledged so far. */
    long acknowledged() {
        return window.acknowledged();
    }

    /** Events in the spool: while running, those waiting on disk; once closed, those not delivered. */
    long spooled() {
        return closed ? spooledAtEnd : spool.unsent();
    }

    /** The spool file (it exists only while it holds events). */
    Path spoolFile() {
        return spool.file();
    }

    /** The topic's partition count, once known (0 before). */
    int partitions() {
        return partitions;
    }

    boolean closed() {
        return closed;
    }

    /** Events left unconfirmed in the spool at the end (handed over, never acknowledged). */
    long unconfirmedAtEnd() {
        return unconfirmedAtEnd;
    }

    /** Why events were left in the spool at the end; null if none were. */
    String undeliveredBecause() {
        return undeliveredBecause;
    }
}
