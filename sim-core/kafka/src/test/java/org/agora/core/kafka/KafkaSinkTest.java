package org.agora.core.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.agora.core.event.EventHeader;
import org.agora.core.run.JsonFiles;
import org.agora.core.sink.EventJsonCodec;
import org.agora.core.testing.WalkerStepped;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sink's holding, spooling and ordering with Kafka's {@link MockProducer}, which acknowledges
 * only when told to: a broker that stalls, recovers or refuses, without a broker. (The real
 * broker's outages are in {@link BrokerOutageIT}.)
 */
class KafkaSinkTest {

    /** Room for a handful of events (each about 100 bytes of JSON plus the per-record overhead). */
    private static final long HOLD_BYTES = 1500;

    @TempDir
    Path dir;

    private final MockProducer<byte[], byte[]> producer = new MockProducer<>(false, null, new ByteArraySerializer(),
            new ByteArraySerializer());
    private final KafkaSettings settings = KafkaSettings.to("127.0.0.1:9092").withTopic("t")
            .withLimits(HOLD_BYTES, Duration.ofMillis(50), Duration.ofSeconds(1), Duration.ofMillis(300));
    private KafkaSink sink;

    @BeforeEach
    void openSink() {
        sink = new KafkaSink(producer, 3, settings, new RecordLabels("run-1", "test-walkers", 9, "execution-1"), dir);
    }

    private static WalkerStepped event(long seq) {
        return new WalkerStepped(new EventHeader(seq, "run-1", seq, "walker-" + seq % 3), (int) seq, seq * 0.5);
    }

    private List<String> sentValues() {
        return producer.history().stream().map(r -> new String(r.value(), StandardCharsets.UTF_8)).toList();
    }

    private static List<String> json(long from, long to) {
        List<String> lines = new ArrayList<>();
        for (long seq = from; seq < to; seq++) {
            lines.add(EventJsonCodec.toJson(event(seq)));
        }
        return lines;
    }

    /** What a sink whose user named a producer interceptor sent of the events {@code seqs}. */
    private MockProducer<byte[], byte[]> sentWithInterceptors(long... seqs) {
        MockProducer<byte[], byte[]> intercepted = new MockProducer<>(false, null, new ByteArraySerializer(), new ByteArraySerializer());
        KafkaSink withInterceptors = new KafkaSink(intercepted, 3, settings.withClientProperties(
                java.util.Map.of("interceptor.classes", TracingInterceptor.class.getName())),
                new RecordLabels("run-1", "test-walkers", 9, "execution-1"), dir.resolve("intercepted"));
        for (long seq : seqs) {
            withInterceptors.accept(event(seq));
        }
        withInterceptors.flush();
        return intercepted;
    }

    @Test
    void recordsAreKeyedBySourceWithTheRunsLabels() {
        sink.accept(event(4));
        sink.flush();
        ProducerRecord<byte[], byte[]> record = producer.history().get(0);
        assertThat(record.topic()).isEqualTo("t");
        assertThat(new String(record.key(), StandardCharsets.UTF_8)).isEqualTo("walker-1");
        assertThat(new String(record.value(), StandardCharsets.UTF_8)).isEqualTo(EventJsonCodec.toJson(event(4)));
        assertThat(record.headers()).extracting(h -> h.key() + "=" + new String(h.value(), StandardCharsets.UTF_8))
                .containsExactly("run=run-1", "execution=execution-1", "scenario=test-walkers", "seed=9", "type=WalkerStepped", "v=" + EventJsonCodec.SCHEMA_VERSION);
    }

    @Test
    void recordsOfOneTypeShareTheirHeadersUnlessInterceptorsMayAddToThem() {
        for (long seq = 0; seq < 3; seq++) {
            sink.accept(event(seq));
        }
        sink.flush();
        assertThat(producer.history()).extracting(ProducerRecord::headers).as("one read-only set for the type, no copy per record")
                .allSatisfy(headers -> assertThat(headers).isSameAs(producer.history().get(0).headers()));

        MockProducer<byte[], byte[]> intercepted = sentWithInterceptors(0, 1);
        ProducerRecord<byte[], byte[]> first = intercepted.history().get(0);
        first.headers().add(TracingInterceptor.HEADER, new byte[] {1});
        assertThat(first.headers()).hasSize(7);
        assertThat(intercepted.history().get(1).headers()).as("each record its own writable copy").hasSize(6);
        assertThat(producer.history().get(0).headers()).hasSize(6);
    }

    @Test
    void recordsOfOneSourceShareTheirKeyUnlessInterceptorsMayChangeIt() {
        sink.accept(event(0));
        sink.accept(event(3));
        sink.flush();
        assertThat(producer.history().get(1).key()).as("walker-0's key, encoded once").isSameAs(producer.history().get(0).key());

        MockProducer<byte[], byte[]> intercepted = sentWithInterceptors(0, 3);
        assertThat(intercepted.history().get(1).key()).as("each record its own copy")
                .isNotSameAs(intercepted.history().get(0).key()).isEqualTo(intercepted.history().get(0).key());
    }

    @Test
    void aStalledBrokerFillsTheMemoryThenTheSpoolAndARecoveredOneGetsEverythingInOrder() throws Exception {
        for (long seq = 0; seq < 40; seq++) {
            sink.accept(event(seq));
        }
        sink.flush();
        int held = producer.history().size();
        assertThat(held).as("sent until the memory bound").isBetween(3, 10);
        assertThat(sink.spooled()).isEqualTo(40 - held);

        while (producer.completeNext()) {
            // the broker is back and acknowledges what it holds
        }
        sink.accept(event(40));
        sink.flush();
        assertThat(sentValues()).as("the spool goes first, oldest first").containsExactlyElementsOf(json(0, producer.history().size()));

        AtomicBoolean stop = new AtomicBoolean();
        Thread broker = new Thread(() -> {
            while (!stop.get()) {
                producer.completeNext();
                Thread.onSpinWait();
            }
        });
        broker.start();
        try {
            for (long seq = 41; seq < 200; seq++) {
                sink.accept(event(seq));
            }
            sink.close();
        } finally {
            stop.set(true);
            broker.join();
        }
        assertThat(sentValues()).containsExactlyElementsOf(json(0, 200));
        assertThat(sink.acknowledged()).isEqualTo(200);
        assertThat(sink.spooled()).isZero();
        assertThat(sink.problem()).isEmpty();
        assertThat(dir.resolve(KafkaSink.SPOOL_FILE)).doesNotExist();
        assertThat(sink.report()).containsEntry("produced", 200L).containsEntry("acknowledged", 200L).containsEntry("spooled", 0L);
    }

    @Test
    void onceTheRunHasSpooledEachEventIsInTheSpoolWhenAcceptReturns() throws Exception {
        for (long seq = 0; seq < 20; seq++) {
            sink.accept(event(seq));
        }
        sink.flush();
        assertThat(sink.spooled()).as("the memory bound is passed: the spool is open").isPositive();
        Path spool = dir.resolve(KafkaSink.SPOOL_FILE);
        for (long seq = 20; seq < 25; seq++) {
            sink.accept(event(seq));
            List<String> lines = Files.readAllLines(spool);
            assertThat(lines).as("written through, not held back for the encoder").hasSize((int) seq + 1);
            assertThat(lines.get(lines.size() - 1)).isEqualTo(EventJsonCodec.toJson(event(seq)));
        }
        sink.close();
    }

    /** A sink with room for everything, over a producer that acknowledges at once. */
    private KafkaSink streamingSink(MockProducer<byte[], byte[]> acknowledging) {
        return new KafkaSink(acknowledging, 3, settings.withLimits(1 << 24, Duration.ofSeconds(2), Duration.ofSeconds(1),
                Duration.ofSeconds(5)), new RecordLabels("run-1", "test-walkers", 9, "execution-1"), dir);
    }

    @Test
    void manyEventsReachTheProducerInTheirOrderThroughTheEncoder() {
        MockProducer<byte[], byte[]> acknowledging = new MockProducer<>(true, null, new ByteArraySerializer(),
                new ByteArraySerializer());
        KafkaSink streaming = streamingSink(acknowledging);
        int count = 3 * EncoderThread.CAPACITY + 5;
        for (long seq = 0; seq < count; seq++) {
            streaming.accept(event(seq));
        }
        streaming.close();
        assertThat(acknowledging.history()).extracting(r -> new String(r.value(), StandardCharsets.UTF_8))
                .containsExactlyElementsOf(json(0, count));
        assertThat(streaming.acknowledged()).isEqualTo(count);
        assertThat(dir.resolve(KafkaSink.SPOOL_FILE)).doesNotExist();
    }

    /** A producer that notes which thread calls {@code send}. */
    private static final class ThreadNotingProducer extends MockProducer<byte[], byte[]> {
        final java.util.Set<String> sendingThreads = java.util.concurrent.ConcurrentHashMap.newKeySet();

        ThreadNotingProducer() {
            super(true, null, new ByteArraySerializer(), new ByteArraySerializer());
        }

        @Override
        public synchronized java.util.concurrent.Future<org.apache.kafka.clients.producer.RecordMetadata> send(
                ProducerRecord<byte[], byte[]> record, org.apache.kafka.clients.producer.Callback callback) {
            sendingThreads.add(Thread.currentThread().getName());
            return super.send(record, callback);
        }
    }

    @Test
    void kafkasSendRunsOnTheSinksSenderThreadNotOnTheSimulationThread() {
        ThreadNotingProducer noting = new ThreadNotingProducer();
        KafkaSink streaming = streamingSink(noting);
        for (long seq = 0; seq < 1000; seq++) {
            streaming.accept(event(seq));
        }
        streaming.close();
        assertThat(noting.sendingThreads).containsExactly("agora-kafka-sender");
        assertThat(noting.history()).extracting(r -> new String(r.value(), StandardCharsets.UTF_8))
                .containsExactlyElementsOf(json(0, 1000));
    }

    @Test
    void anEventTheCodecRefusesIsThrownOnTheSimulationThreadAndTheEventsAfterItAreStillSent() {
        MockProducer<byte[], byte[]> acknowledging = new MockProducer<>(true, null, new ByteArraySerializer(),
                new ByteArraySerializer());
        KafkaSink streaming = streamingSink(acknowledging);
        streaming.accept(event(0));
        streaming.accept(new WalkerStepped(null, 1, 0.5)); // no header: the codec cannot write it
        streaming.accept(event(2));
        assertThatThrownBy(streaming::flush).as("the encoder's failure, on the thread that flushes").isInstanceOf(RuntimeException.class);
        streaming.accept(event(3));
        streaming.close();
        assertThat(acknowledging.history()).extracting(r -> new String(r.value(), StandardCharsets.UTF_8))
                .containsExactly(EventJsonCodec.toJson(event(0)), EventJsonCodec.toJson(event(2)), EventJsonCodec.toJson(event(3)));
    }

    /** A producer whose first send fails with an error, not an exception. */
    private static final class ErringOnceProducer extends MockProducer<byte[], byte[]> {
        private boolean erred;

        ErringOnceProducer() {
            super(true, null, new ByteArraySerializer(), new ByteArraySerializer());
        }

        @Override
        public synchronized java.util.concurrent.Future<org.apache.kafka.clients.producer.RecordMetadata> send(
                ProducerRecord<byte[], byte[]> record, org.apache.kafka.clients.producer.Callback callback) {
            if (!erred) {
                erred = true;
                throw new StackOverflowError("in send");
            }
            return super.send(record, callback);
        }
    }

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void anErrorOnTheSenderThreadIsThrownOnTheSimulationThreadAndDoesNotHoldTheRun() {
        ErringOnceProducer erring = new ErringOnceProducer();
        KafkaSink streaming = new KafkaSink(erring, 3, settings.withLimits(1 << 24, Duration.ofSeconds(2), Duration.ofSeconds(1),
                Duration.ofMillis(500)), new RecordLabels("run-1", "test-walkers", 9, "execution-1"), dir);
        // the sender may fail before accept returns (then accept throws) or after (then flush does)
        Throwable thrown = catchThrowable(() -> {
            streaming.accept(event(0));
            streaming.flush();
        });
        assertThat(thrown).isInstanceOf(StackOverflowError.class).hasMessage("in send");
        streaming.accept(event(1));
        streaming.accept(event(2));
        streaming.close();
        assertThat(erring.history()).extracting(r -> new String(r.value(), StandardCharsets.UTF_8))
                .containsExactlyElementsOf(json(1, 3));
        assertThat(streaming.spooled()).as("the event whose send failed was never acknowledged: it is spooled").isEqualTo(1);
    }

    @Test
    void whatIsNeverAcknowledgedIsSpooledInOrderWithTheUnconfirmedFirst() throws Exception {
        for (long seq = 0; seq < 30; seq++) {
            sink.accept(event(seq));
            if (seq == 1) {
                sink.flush();
                producer.completeNext();
                producer.completeNext();
            }
        }
        sink.close();

        assertThat(sink.acknowledged()).isEqualTo(2);
        assertThat(Files.readAllLines(dir.resolve(KafkaSink.SPOOL_FILE))).containsExactlyElementsOf(json(2, 30));
        long unconfirmed = producer.history().size() - 2;
        JsonNode metadata = JsonFiles.mapper().readTree(dir.resolve(KafkaSink.SPOOL_METADATA).toFile());
        assertThat(metadata.get("events").asLong()).isEqualTo(28);
        assertThat(metadata.get("unconfirmed").asLong()).isEqualTo(unconfirmed);
        assertThat(metadata.get("unconfirmedSince").asText()).isNotBlank();
        assertThat(metadata.get("run").asText()).isEqualTo("run-1");
        assertThat(sink.report()).containsEntry("spooled", 28L).containsEntry("unconfirmed", unconfirmed);
        assertThat(sink.problem()).hasValueSatisfying(problem -> assertThat(problem)
                .startsWith("28 of 30 events not delivered to topic t (the Kafka broker at 127.0.0.1:9092 did not acknowledge")
                .contains(dir.resolve(KafkaSink.SPOOL_FILE).toString(), "agora resend " + dir));
    }

    /** A producer that, like the real one while a restarted broker has not yet reported the topic, fails send() at once. */
    private static final class ProducerWithoutMetadata extends MockProducer<byte[], byte[]> {
        volatile boolean metadataMissing = true;

        ProducerWithoutMetadata() {
            super(true, null, new ByteArraySerializer(), new ByteArraySerializer());
        }

        @Override
        public synchronized java.util.concurrent.Future<org.apache.kafka.clients.producer.RecordMetadata> send(
                ProducerRecord<byte[], byte[]> record, org.apache.kafka.clients.producer.Callback callback) {
            if (metadataMissing) {
                callback.onCompletion(null, new org.apache.kafka.common.errors.TimeoutException(
                        "Topic t not present in metadata after 1000 ms."));
                return java.util.concurrent.CompletableFuture.failedFuture(new IllegalStateException());
            }
            return super.send(record, callback);
        }
    }

    @Test
    void aRecordTheProducerDoesNotTakeForWantOfMetadataIsKeptInItsPlaceAndSentLater() throws Exception {
        ProducerWithoutMetadata restarting = new ProducerWithoutMetadata();
        KafkaSink keeping = new KafkaSink(restarting, 3, settings, new RecordLabels("run-1", "test-walkers", 9, "execution-1"), dir);
        for (long seq = 0; seq < 5; seq++) {
            keeping.accept(event(seq));
        }
        keeping.flush();
        assertThat(restarting.history()).isEmpty();
        assertThat(keeping.spooled()).isEqualTo(5);

        restarting.metadataMissing = false;
        Thread.sleep(2100);
        for (long seq = 5; seq < 8; seq++) {
            keeping.accept(event(seq));
        }
        keeping.close();
        assertThat(restarting.history()).extracting(r -> new String(r.value(), StandardCharsets.UTF_8))
                .containsExactlyElementsOf(json(0, 8));
        assertThat(keeping.problem()).isEmpty();
        assertThat(keeping.acknowledged()).isEqualTo(8);
    }

    @Test
    void anEventKafkaRefusesStopsSendingAndEverythingFromItOnIsSpooled() throws Exception {
        sink.accept(event(0));
        sink.accept(event(1));
        sink.flush();
        producer.completeNext();
        producer.errorNext(new RecordTooLargeException("too large"));
        for (long seq = 2; seq < 10; seq++) {
            sink.accept(event(seq));
        }
        sink.close();

        assertThat(producer.history()).as("nothing sent after the refusal").hasSize(2);
        assertThat(Files.readAllLines(dir.resolve(KafkaSink.SPOOL_FILE))).containsExactlyElementsOf(json(1, 10));
        assertThat(sink.problem()).hasValueSatisfying(problem -> assertThat(problem)
                .contains("Kafka refused an event: RecordTooLargeException: too large"));
    }
}
