package org.agora.core.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.agora.core.event.Event;
import org.agora.core.run.HeadlessRun;
import org.agora.core.run.JsonFiles;
import org.agora.core.run.RunResult;
import org.agora.core.run.RunStatus;
import org.agora.core.run.SinkOpener;
import org.agora.core.scenario.ScenarioSpec;
import org.agora.core.sink.EventSink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The broker goes away in the middle of a run, for real (its process is stopped), and comes back
 * or does not. Runs are long enough that the memory bound is exceeded during the outage, so the
 * spool on disk is used.
 */
@ExtendWith(RealBroker.class)
class BrokerOutageIT {

    private static final long HOLD_BYTES = 256 * 1024;

    @TempDir
    Path dir;

    /** A sink beside the Kafka sink that acts on the broker when the run reaches given events. */
    private static final long ACKNOWLEDGED_BEFORE_OUTAGE = 1000;

    private static final class Outage implements EventSink {
        private final long stopAt;
        private final long restartAt;
        private final LocalBroker broker;
        private final AtomicReference<KafkaSink> kafka;
        private long seen;
        long spooledDuringOutage = -1;

        Outage(long stopAt, long restartAt, LocalBroker broker, AtomicReference<KafkaSink> kafka) {
            this.stopAt = stopAt;
            this.restartAt = restartAt;
            this.broker = broker;
            this.kafka = kafka;
        }

        @Override
        public void accept(Event event) {
            seen++;
            if (seen == stopAt) {
                awaitAcknowledgements();
                broker.stop();
            } else if (seen == restartAt) {
                spooledDuringOutage = kafka.get().spooled();
                broker.start();
            }
        }

        /**
         * The outage starts once the broker has acknowledged part of the run: Kafka's send runs on the
         * sink's own sender thread, so without this wait the simulation could reach {@code stopAt}
         * before anything was delivered, and the tests could not tell "delivered, then spooled" apart.
         */
        private void awaitAcknowledgements() {
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (kafka.get().acknowledged() <= ACKNOWLEDGED_BEFORE_OUTAGE && System.nanoTime() < deadline) {
                LockSupport.parkNanos(1_000_000);
            }
        }

        @Override
        public long written() {
            return 0;
        }

        @Override
        public String name() {
            return "outage";
        }
    }

    private static SinkOpener capturing(KafkaSettings settings, AtomicReference<KafkaSink> sink) {
        return (spec, directory) -> {
            KafkaSink opened = (KafkaSink) KafkaSink.opener(settings).open(spec, directory);
            sink.set(opened);
            return opened;
        };
    }

    private static JsonNode kafkaReport(Path run) throws Exception {
        return JsonFiles.mapper().readTree(run.resolve(HeadlessRun.MANIFEST_FILE).toFile()).get("sinks").get("kafka");
    }

    @Test
    void aBrokerStoppedAndStartedAgainMidRunGetsEveryEventOnceInOrderPerKey(LocalBroker broker) throws Exception {
        ScenarioSpec spec = KafkaStreamingIT.walkers(20, 0.01, 15).withSeed(21);
        KafkaSettings settings = KafkaSettings.to(broker.bootstrap()).withTopic("outage-restart").withPartitions(3)
                .withLimits(HOLD_BYTES, Duration.ofMillis(300), Duration.ofSeconds(10), Duration.ofSeconds(60));
        AtomicReference<KafkaSink> kafka = new AtomicReference<>();
        Outage outage = new Outage(5_000, 20_000, broker, kafka);
        Path run = dir.resolve("restart");

        RunResult result = new HeadlessRun(spec, run).withSink(capturing(settings, kafka))
                .withSink((s, d) -> outage).execute();

        assertThat(result.status()).as(result.reason()).isEqualTo(RunStatus.DONE);
        assertThat(outage.spooledDuringOutage).as("events spooled to disk while the broker was away").isGreaterThan(1000);
        TopicContents.read(broker.bootstrap(), "outage-restart").assertHoldsExactly(run.resolve("events.jsonl"));
        JsonNode report = kafkaReport(run);
        long events = result.manifest().eventsPublished();
        assertThat(report.get("produced").asLong()).isEqualTo(events);
        assertThat(report.get("acknowledged").asLong()).isEqualTo(events);
        assertThat(report.get("spooled").asLong()).isZero();
        assertThat(run.resolve(KafkaSink.SPOOL_FILE)).doesNotExist();
    }

    @Test
    void aBrokerThatNeverComesBackFailsTheRunAndTheResentSpoolCompletesTheTopic(LocalBroker broker) throws Exception {
        ScenarioSpec spec = KafkaStreamingIT.walkers(20, 0.01, 10).withSeed(22);
        KafkaSettings settings = KafkaSettings.to(broker.bootstrap()).withTopic("outage-gone").withPartitions(3)
                .withLimits(HOLD_BYTES, Duration.ofMillis(300), Duration.ofSeconds(10), Duration.ofSeconds(3));
        AtomicReference<KafkaSink> kafka = new AtomicReference<>();
        Path run = dir.resolve("gone");

        RunResult result;
        try {
            result = new HeadlessRun(spec, run).withSink(capturing(settings, kafka))
                    .withSink((s, d) -> new Outage(5_000, Long.MAX_VALUE, broker, kafka)).execute();
        } finally {
            broker.start();
        }

        assertThat(result.status()).isEqualTo(RunStatus.FAILED);
        assertThat(result.reason()).startsWith("kafka: ").contains(run.resolve(KafkaSink.SPOOL_FILE).toString())
                .contains("agora resend " + run + "'");
        JsonNode report = kafkaReport(run);
        long events = result.manifest().eventsPublished();
        long acknowledged = report.get("acknowledged").asLong();
        long spooled = report.get("spooled").asLong();
        assertThat(report.get("produced").asLong()).isEqualTo(events);
        assertThat(acknowledged).isGreaterThan(ACKNOWLEDGED_BEFORE_OUTAGE).isLessThan(events);
        assertThat(acknowledged + spooled).isEqualTo(events);
        assertThat(Files.readAllLines(run.resolve(KafkaSink.SPOOL_FILE))).hasSize((int) spooled);

        SpoolResender.Outcome outcome = SpoolResender.resend(run, broker.bootstrap(), null, Map.of(), Duration.ofSeconds(60));

        assertThat(outcome.stillSpooled()).isZero();
        assertThat(outcome.acknowledged() + outcome.alreadyInTopic()).isEqualTo(spooled);
        TopicContents.read(broker.bootstrap(), "outage-gone").assertHoldsExactly(run.resolve("events.jsonl"));
        JsonNode manifest = JsonFiles.mapper().readTree(run.resolve(HeadlessRun.MANIFEST_FILE).toFile());
        assertThat(manifest.get("status").asText()).isEqualTo("done");
        assertThat(manifest.get("sinks").get("kafka").get("spooled").asLong()).isZero();
        assertThat(manifest.get("sinks").get("kafka").get("acknowledged").asLong())
                .as("acknowledged by the run, found in the topic by the resend, and sent by it").isEqualTo(events);
        assertThat(run.resolve(KafkaSink.SPOOL_FILE)).doesNotExist();
        assertThat(run.resolve(KafkaSink.SPOOL_METADATA)).doesNotExist();
    }

    @Test
    void aResendKeepsItsExecutionAndTakesNoOtherExecutionsRecordsForItsOwn(LocalBroker broker) throws Exception {
        ScenarioSpec spec = KafkaStreamingIT.walkers(5, 0.1, 20).withSeed(24);
        KafkaSettings settings = KafkaSettings.to(broker.bootstrap()).withTopic("resend-executions").withPartitions(3);
        Path earlier = dir.resolve("earlier");
        assertThat(new HeadlessRun(spec, earlier).withSink(KafkaSink.opener(settings)).execute().status())
                .as("an earlier execution of the same run, complete in the topic").isEqualTo(RunStatus.DONE);
        // a later execution of the same run whose every event was handed to Kafka and never confirmed
        Path later = dir.resolve("later");
        Files.createDirectories(later);
        Files.copy(earlier.resolve("events.jsonl"), later.resolve("events.jsonl"));
        Files.copy(earlier.resolve("events.jsonl"), later.resolve(KafkaSink.SPOOL_FILE));
        long events = Files.readAllLines(later.resolve("events.jsonl")).size();
        Map<String, Object> metadata = new java.util.LinkedHashMap<>();
        metadata.put("spool", KafkaSink.SPOOL_FILE);
        metadata.put("state", KafkaSink.CLOSED);
        metadata.put("topic", "resend-executions");
        metadata.put("bootstrap", broker.bootstrap());
        metadata.put("partitions", 3);
        metadata.put("run", spec.runId());
        metadata.put("execution", "later-execution");
        metadata.put("scenario", spec.scenario().id());
        metadata.put("seed", spec.seed());
        metadata.put("events", events);
        metadata.put("unconfirmed", events);
        metadata.put("unconfirmedSince", java.time.Instant.now().minusSeconds(600).toString());
        JsonFiles.write(later.resolve(KafkaSink.SPOOL_METADATA), metadata);

        SpoolResender.Outcome outcome = SpoolResender.resend(later, broker.bootstrap(), null, Map.of(), Duration.ofSeconds(60));

        assertThat(outcome.alreadyInTopic()).as("the earlier execution's copies are not this execution's deliveries").isZero();
        assertThat(outcome.acknowledged()).isEqualTo(events);
        TopicContents topic = TopicContents.read(broker.bootstrap(), "resend-executions");
        topic.ofExecution("later-execution").assertHoldsExactly(later.resolve("events.jsonl"));
        topic.ofExecution(KafkaStreamingIT.executionOf(earlier)).assertHoldsExactly(earlier.resolve("events.jsonl"));
        assertThat(topic.records()).hasSize(2 * (int) events);
    }

    @Test
    void aRunAskedToSpoolWhenNoBrokerAnswersSpoolsEverythingForALaterResend(LocalBroker broker) throws Exception {
        ScenarioSpec spec = KafkaStreamingIT.walkers(5, 0.1, 20).withSeed(23);
        KafkaSettings settings = KafkaSettings.to("127.0.0.1:1").withTopic("spooled-from-start").withSpoolIfUnreachable(true)
                .withLimits(HOLD_BYTES, Duration.ofMillis(300), Duration.ofSeconds(2), Duration.ofSeconds(1));
        Path run = dir.resolve("spooled");

        RunResult result = new HeadlessRun(spec, run).withSink(KafkaSink.opener(settings)).execute();

        assertThat(result.status()).isEqualTo(RunStatus.FAILED);
        long events = result.manifest().eventsPublished();
        assertThat(kafkaReport(run).get("spooled").asLong()).isEqualTo(events);
        assertThat(kafkaReport(run).get("unconfirmed").asLong()).isZero();
        assertThat(Files.readAllLines(run.resolve(KafkaSink.SPOOL_FILE)))
                .containsExactlyElementsOf(Files.readAllLines(run.resolve("events.jsonl")));

        SpoolResender.Outcome outcome = SpoolResender.resend(run, broker.bootstrap(), null, Map.of(), Duration.ofSeconds(30));

        assertThat(outcome.acknowledged()).isEqualTo(events);
        TopicContents.read(broker.bootstrap(), "spooled-from-start").assertHoldsExactly(run.resolve("events.jsonl"));
    }
}
