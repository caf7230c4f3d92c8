package org.agora.core.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.agora.core.config.BadInputException;
import org.agora.core.run.HeadlessRun;
import org.agora.core.run.JsonFiles;
import org.agora.core.run.RunResult;
import org.agora.core.run.RunStatus;
import org.agora.core.scenario.Population;
import org.agora.core.scenario.ScenarioSpec;
import org.agora.core.sink.EventJsonCodec;
import org.agora.core.testing.WalkersScenario;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** A run streamed to a real broker, read back with a plain consumer. */
@ExtendWith(RealBroker.class)
class KafkaStreamingIT {

    @TempDir
    Path dir;

    static ScenarioSpec walkers(int count, double interval, double until) {
        WalkersScenario scenario = new WalkersScenario();
        return ScenarioSpec.defaults(scenario)
                .withPopulation(Population.of(scenario.populationKinds().get(0).group(count)))
                .withParameter("interval", Double.toString(interval))
                .withUntil(until);
    }

    @Test
    void aStreamedRunConsumedWithAPlainConsumerIsExactlyItsEventsFile(LocalBroker broker) throws Exception {
        ScenarioSpec spec = walkers(25, 0.01, 20).withSeed(7);
        KafkaSettings settings = KafkaSettings.to(broker.bootstrap()).withTopic("streamed").withPartitions(4);
        RunResult result = new HeadlessRun(spec, dir.resolve("run")).withSink(KafkaSink.opener(settings)).execute();

        assertThat(result.status()).isEqualTo(RunStatus.DONE);
        long events = result.manifest().eventsPublished();
        assertThat(events).isGreaterThan(45_000);
        TopicContents topic = TopicContents.read(broker.bootstrap(), "streamed");
        topic.assertHoldsExactly(dir.resolve("run/events.jsonl"));
        assertThat(topic.records()).extracting(ConsumerRecord::partition).as("keys spread over the partitions")
                .containsOnly(0, 1, 2, 3);

        ConsumerRecord<byte[], byte[]> step = topic.records().stream()
                .filter(r -> new String(r.key(), StandardCharsets.UTF_8).equals("walker-3")).findFirst().orElseThrow();
        assertThat(RecordLabels.text(step.headers(), "run")).isEqualTo(spec.runId());
        assertThat(RecordLabels.text(step.headers(), "scenario")).isEqualTo("test-walkers");
        assertThat(RecordLabels.text(step.headers(), "seed")).isEqualTo("7");
        assertThat(RecordLabels.text(step.headers(), "type")).isEqualTo("WalkerStepped");
        assertThat(RecordLabels.text(step.headers(), "v")).isEqualTo(Integer.toString(EventJsonCodec.SCHEMA_VERSION));
        assertThat(RecordLabels.text(step.headers(), "execution")).isEqualTo(executionOf(dir.resolve("run")));

        JsonNode kafka = JsonFiles.mapper().readTree(dir.resolve("run/manifest.json").toFile()).get("sinks").get("kafka");
        assertThat(kafka.get("topic").asText()).isEqualTo("streamed");
        assertThat(kafka.get("partitions").asInt()).isEqualTo(4);
        assertThat(kafka.get("produced").asLong()).isEqualTo(events);
        assertThat(kafka.get("acknowledged").asLong()).isEqualTo(events);
        assertThat(kafka.get("spooled").asLong()).isZero();
        assertThat(dir.resolve("run").resolve(KafkaSink.SPOOL_FILE)).doesNotExist();
        assertThat(dir.resolve("run").resolve(KafkaSink.SPOOL_METADATA)).doesNotExist();
    }

    @Test
    void theKafkaSourceReadsOneRunOfASharedTopicInOrderAndReportsBadRecords(LocalBroker broker) throws Exception {
        KafkaSettings settings = KafkaSettings.to(broker.bootstrap()).withTopic("shared").withPartitions(3);
        ScenarioSpec first = walkers(6, 0.1, 30).withSeed(1);
        ScenarioSpec second = walkers(4, 0.1, 30).withSeed(2);
        new HeadlessRun(first, dir.resolve("first")).withSink(KafkaSink.opener(settings)).execute();
        try (var producer = new org.apache.kafka.clients.producer.KafkaProducer<byte[], byte[]>(
                ProducerSettings.producer(broker.bootstrap(), 1 << 20, Map.of()))) {
            var bad = new org.apache.kafka.clients.producer.ProducerRecord<byte[], byte[]>("shared", 1, null,
                    "walker-0".getBytes(StandardCharsets.UTF_8), "{oops".getBytes(StandardCharsets.UTF_8),
                    java.util.List.of(new org.apache.kafka.common.header.internals.RecordHeader("run",
                            first.runId().getBytes(StandardCharsets.UTF_8))));
            producer.send(bad).get();
        }
        new HeadlessRun(second, dir.resolve("second")).withSink(KafkaSink.opener(settings)).execute();

        java.util.List<org.agora.core.source.BadRecord> reported = new java.util.ArrayList<>();
        var codec = org.agora.core.sink.EventJsonCodec.installed();
        java.util.List<org.agora.core.event.Event> fromFile;
        try (var file = new org.agora.core.source.JsonLinesSource(dir.resolve("first/events.jsonl"), codec,
                org.agora.core.source.ReadOptions.failOnBadRecords())) {
            fromFile = file.readAll();
        }
        try (var source = org.agora.core.source.EventSources.open("kafka://" + broker.bootstrap() + "/shared?run=" + first.runId(),
                codec, org.agora.core.source.ReadOptions.skipBadRecords(reported::add), Map.of())) {
            assertThat(source.readAll()).as("the first run, in its order, without the second").containsExactlyElementsOf(fromFile);
            assertThat(source.skipped()).isEqualTo(1);
        }
        assertThat(reported).singleElement().satisfies(bad -> {
            assertThat(bad.location()).matches("shared-1@\\d+");
            assertThat(bad.reason()).startsWith("not JSON");
        });
        try (var source = new KafkaEventSource(settings, first.runId(), codec, org.agora.core.source.ReadOptions.failOnBadRecords())) {
            assertThatThrownBy(source::readAll).isInstanceOf(BadInputException.class)
                    .hasMessageMatching("kafka://127\\.0\\.0\\.1:\\d+/shared: shared-1@\\d+: not JSON.*");
        }
    }

    @Test
    void twoExecutionsOfOneRunInATopicAreToldApartAndEachCanBeRead(LocalBroker broker) throws Exception {
        KafkaSettings settings = KafkaSettings.to(broker.bootstrap()).withTopic("executions").withPartitions(3);
        ScenarioSpec spec = walkers(5, 0.1, 20).withSeed(5);
        new HeadlessRun(spec, dir.resolve("first")).withSink(KafkaSink.opener(settings)).execute();
        new HeadlessRun(spec, dir.resolve("second")).withSink(KafkaSink.opener(settings)).execute();
        String first = executionOf(dir.resolve("first"));
        String second = executionOf(dir.resolve("second"));
        assertThat(first).matches("[0-9a-f-]{36}").isNotEqualTo(second);
        assertThat(dir.resolve("first/events.jsonl")).as("the run id stays deterministic: same events")
                .hasSameBinaryContentAs(dir.resolve("second/events.jsonl"));
        assertThat(Files.readString(dir.resolve("first/events.jsonl"))).doesNotContain(first);

        TopicContents topic = TopicContents.read(broker.bootstrap(), "executions");
        assertThat(topic.records()).allSatisfy(record -> assertThat(RecordLabels.text(record.headers(), "run")).isEqualTo(spec.runId()));
        topic.ofExecution(first).assertHoldsExactly(dir.resolve("first/events.jsonl"));
        topic.ofExecution(second).assertHoldsExactly(dir.resolve("second/events.jsonl"));

        var codec = org.agora.core.sink.EventJsonCodec.installed();
        java.util.List<org.agora.core.event.Event> events;
        try (var file = new org.agora.core.source.JsonLinesSource(dir.resolve("first/events.jsonl"), codec,
                org.agora.core.source.ReadOptions.failOnBadRecords())) {
            events = file.readAll();
        }
        String address = "kafka://" + broker.bootstrap() + "/executions?run=" + spec.runId();
        try (var last = org.agora.core.source.EventSources.open(address, codec,
                org.agora.core.source.ReadOptions.failOnBadRecords(), Map.of())) {
            assertThat(last.readAll()).as("the last execution alone: no event repeated").containsExactlyElementsOf(events);
            assertThat(last.selection()).hasValue("execution " + second + ", the last started of 2 executions of run "
                    + spec.runId() + " in the topic (the other: " + first + "; pick one with --execution ID)");
        }
        for (String execution : java.util.List.of(first, second)) {
            try (var chosen = org.agora.core.source.EventSources.open(address + "&execution=" + execution, codec,
                    org.agora.core.source.ReadOptions.failOnBadRecords(), Map.of())) {
                assertThat(chosen.readAll()).containsExactlyElementsOf(events);
                assertThat(chosen.selection().orElseThrow()).isEqualTo("execution " + execution + ", one of 2 executions of run "
                        + spec.runId() + " in the topic (the other: " + (execution.equals(first) ? second : first) + ")");
            }
        }
        assertThatThrownBy(() -> org.agora.core.source.EventSources.open(address + "&execution=nope", codec,
                org.agora.core.source.ReadOptions.failOnBadRecords(), Map.of()))
                .isInstanceOf(BadInputException.class)
                .hasMessage("kafka://" + broker.bootstrap() + "/executions: --execution: the topic holds no execution nope of run "
                        + spec.runId() + " (it holds " + first + ", " + second + ")");
    }

    static String executionOf(Path run) throws java.io.IOException {
        return JsonFiles.mapper().readTree(run.resolve("manifest.json").toFile()).get("sinks").get("kafka").get("execution").asText();
    }

    @Test
    void aProducerInterceptorTheUserNamesCanStillAddAHeaderToEveryRecord(LocalBroker broker) throws Exception {
        KafkaSettings settings = KafkaSettings.to(broker.bootstrap()).withTopic("intercepted").withPartitions(2)
                .withClientProperties(Map.of("interceptor.classes", TracingInterceptor.class.getName()));
        RunResult result = new HeadlessRun(walkers(3, 0.5, 5).withSeed(3), dir.resolve("run")).withSink(KafkaSink.opener(settings))
                .execute();

        assertThat(result.status()).isEqualTo(RunStatus.DONE);
        TopicContents topic = TopicContents.read(broker.bootstrap(), "intercepted");
        topic.assertHoldsExactly(dir.resolve("run/events.jsonl"));
        assertThat(topic.records()).allSatisfy(record -> {
            assertThat(record.headers().toArray()).extracting(h -> h.key())
                    .as("the run's six headers, once each, then the interceptor's")
                    .containsExactly("run", "execution", "scenario", "seed", "type", "v", TracingInterceptor.HEADER);
            assertThat(RecordLabels.text(record.headers(), "run")).isEqualTo(result.manifest().runId());
        });
    }

    @Test
    void anExistingTopicIsUsedAsItIs(LocalBroker broker) throws Exception {
        KafkaSettings settings = KafkaSettings.to(broker.bootstrap()).withTopic("existing").withPartitions(2);
        assertThat(TopicSetup.ensureTopic(settings)).isEqualTo(2);
        assertThat(TopicSetup.ensureTopic(settings.withPartitions(5))).isEqualTo(2);
    }

    @Test
    void aWrongAddressIsOneLineOfBadInputAndLeavesNothingBehind() {
        KafkaSettings settings = KafkaSettings.to("127.0.0.1:1").withLimits(1 << 20, Duration.ofSeconds(1),
                Duration.ofSeconds(2), Duration.ofSeconds(2));
        Path run = dir.resolve("never");
        assertThatThrownBy(() -> new HeadlessRun(walkers(2, 1, 5), run).withSink(KafkaSink.opener(settings)).execute())
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("--kafka: no Kafka broker at 127.0.0.1:1 (connection refused)")
                .hasMessageContaining("--spool-if-unreachable")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        assertThat(run).doesNotExist();
        assertThatThrownBy(() -> KafkaSettings.to("no-port-here")).isInstanceOf(BadInputException.class)
                .hasMessage("--kafka: 'no-port-here' is not HOST:PORT");
        assertThatThrownBy(() -> KafkaSink.open(KafkaSettings.to("no-such-host.invalid:9092"), RecordLabels.newExecution("r", "s", 1), run))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("--kafka: no Kafka broker at no-such-host.invalid:9092 (unknown host");
    }

    @Test
    void aPropertyTheClientRejectsIsOneLineOfBadInput(LocalBroker broker) {
        KafkaSettings settings = KafkaSettings.to(broker.bootstrap()).withTopic("bad-property")
                .withClientProperties(Map.of("security.protocol", "SASL_PLAINTEXT", "sasl.mechanism", "PLAIN"));
        Path run = dir.resolve("bad");
        assertThatThrownBy(() -> new HeadlessRun(walkers(2, 1, 5), run).withSink(KafkaSink.opener(settings)).execute())
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("--kafka-property: the Kafka client refused its settings: ")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        assertThat(run).doesNotExist();
        assertThat(Files.exists(run)).isFalse();
    }
}
