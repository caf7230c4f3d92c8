package org.agora.core.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.agora.core.event.Event;
import org.agora.core.scenario.ScenarioSpec;
import org.agora.core.sink.EventJsonCodec;
import org.agora.core.sink.EventSink;
import org.agora.core.sink.MemorySink;
import org.agora.core.testing.WalkerStepped;
import org.agora.core.testing.WalkersScenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HeadlessRunTest {

    @TempDir
    Path dir;

    private final ScenarioSpec walkers = ScenarioSpec.defaults(new WalkersScenario());

    private static JsonNode json(Path file) throws IOException {
        return JsonFiles.mapper().readTree(file.toFile());
    }

    @Test
    void aRunWritesEventsSummaryAndManifest() throws IOException {
        RunResult result = new HeadlessRun(walkers.withSeed(5), dir.resolve("run")).execute();
        Path run = dir.resolve("run");
        assertThat(result.status()).isEqualTo(RunStatus.DONE);
        List<String> lines = Files.readAllLines(run.resolve("events.jsonl"));
        assertThat(lines).hasSize(1 + 1 + 3 * 10 + 1);
        assertThat(lines.get(0)).startsWith("{\"type\":\"RunStarted\",\"time\":0.0,\"seq\":0,")
                .contains("\"scenario\":\"test-walkers\",\"seed\":5,\"untilS\":10.0,\"parameters\":{\"failAt\":0.0,\"interval\":1.0,\"mood\":\"calm\"}")
                .contains("\"population\":[{\"count\":3,\"kind\":\"walker\",\"stepSize\":1.0}]");
        assertThat(lines.get(lines.size() - 1)).startsWith("{\"type\":\"RunFinished\",\"time\":10.0,\"seq\":32,")
                .endsWith("\"simulatedS\":10.0,\"events\":32}");
        JsonNode summary = json(run.resolve("summary.json"));
        assertThat(summary.get("steps").asInt()).isEqualTo(30);
        assertThat(summary.get("units").get("meanPosition").asText()).as("the units of the metrics").isEqualTo("m");
        JsonNode manifest = json(run.resolve("manifest.json"));
        assertThat(manifest.get("status").asText()).isEqualTo("done");
        assertThat(manifest.get("scenario").asText()).isEqualTo("test-walkers");
        assertThat(manifest.get("seed").asLong()).isEqualTo(5);
        assertThat(manifest.get("runId").asText()).isEqualTo(walkers.withSeed(5).runId());
        assertThat(manifest.get("parameters").get("mood").asText()).isEqualTo("calm");
        assertThat(manifest.get("population").get(0).get("count").asInt()).isEqualTo(3);
        assertThat(manifest.get("eventsPublished").asLong()).isEqualTo(33);
        assertThat(manifest.get("sinks").get("events.jsonl").get("written").asLong()).isEqualTo(33);
        assertThat(manifest.get("simulatedSeconds").asDouble()).isEqualTo(10.0);
        assertThat(manifest.get("agoraVersion").asText()).isNotBlank().isNotEqualTo("unknown");
        assertThat(manifest.get("javaVersion").asText()).isEqualTo(System.getProperty("java.version"));
        assertThat(manifest.get("startedAt").asText()).isNotBlank();
        assertThat(manifest.get("endedAt").asText()).isNotBlank();
        assertThat(manifest.get("files")).extracting(JsonNode::asText).containsExactly("events.jsonl", "summary.json");
    }

    @Test
    void theSameSeedGivesByteIdenticalEventsAndAnotherSeedDoesNot() throws IOException {
        new HeadlessRun(walkers.withSeed(11), dir.resolve("a")).execute();
        new HeadlessRun(walkers.withSeed(11), dir.resolve("b")).execute();
        new HeadlessRun(walkers.withSeed(12), dir.resolve("c")).execute();
        byte[] a = Files.readAllBytes(dir.resolve("a/events.jsonl"));
        assertThat(Files.readAllBytes(dir.resolve("b/events.jsonl"))).isEqualTo(a);
        assertThat(Files.readAllBytes(dir.resolve("c/events.jsonl"))).isNotEqualTo(a);
    }

    @Test
    void aFailingModelLeavesFlushedEventsAndAManifestThatSaysWhy() throws IOException {
        ScenarioSpec failing = walkers.withParameter("failAt", "4.5");
        RunResult result = new HeadlessRun(failing, dir.resolve("f")).execute();
        assertThat(result.status()).isEqualTo(RunStatus.FAILED);
        assertThat(result.reason()).contains("IllegalStateException: walkers told to fail at 4.5 s");
        JsonNode manifest = json(dir.resolve("f/manifest.json"));
        assertThat(manifest.get("status").asText()).isEqualTo("failed");
        assertThat(manifest.get("reason").asText()).contains("walkers told to fail");
        List<String> lines = Files.readAllLines(dir.resolve("f/events.jsonl"));
        assertThat(lines).hasSize(2 + 3 * 4);
        assertThat(lines).noneMatch(line -> line.contains("RunFinished"));
        assertThat(dir.resolve("f/summary.json")).doesNotExist();
        assertThat(Files.readString(dir.resolve("f/error.log"))).contains("walkers told to fail", "\tat ");
    }

    @Test
    void aSinkThatCouldNotDeliverFailsTheRun() {
        EventSink lossy = new EventSink() {
            private long count;

            @Override
            public void accept(Event event) {
                count++;
            }

            @Override
            public long written() {
                return count;
            }

            @Override
            public java.util.Optional<String> problem() {
                return java.util.Optional.of("3 events left in spool.jsonl");
            }
        };
        RunResult result = new HeadlessRun(walkers, dir.resolve("l")).withSink((spec, runDir) -> lossy).execute();
        assertThat(result.status()).isEqualTo(RunStatus.FAILED);
        assertThat(result.reason()).contains("3 events left in spool.jsonl");
    }

    @Test
    void aStopRequestEndsTheRunAsInterruptedWithItsEventsKept() throws IOException {
        HeadlessRun[] self = new HeadlessRun[1];
        EventSink stopper = new EventSink() {
            private long count;

            @Override
            public void accept(Event event) {
                if (++count == 10) {
                    self[0].requestStop();
                }
            }

            @Override
            public long written() {
                return count;
            }
        };
        self[0] = new HeadlessRun(walkers, dir.resolve("i")).withSink((spec, runDir) -> stopper);
        RunResult result = self[0].execute();
        assertThat(result.status()).isEqualTo(RunStatus.INTERRUPTED);
        assertThat(json(dir.resolve("i/manifest.json")).get("status").asText()).isEqualTo("interrupted");
        assertThat(Files.readAllLines(dir.resolve("i/events.jsonl")).size()).isBetween(10, 12);
    }

    @Test
    void outputsCanTurnTheEventFileOffOrFilterIt() throws IOException {
        new HeadlessRun(walkers.withOutputs(new org.agora.core.scenario.OutputSpec(false,
                org.agora.core.sink.EventFilter.all())), dir.resolve("off")).execute();
        assertThat(dir.resolve("off/events.jsonl")).doesNotExist();
        assertThat(dir.resolve("off/summary.json")).exists();
    }

    @Test
    void simulationInMemoryGivesTheSameEventsAsTheFile() throws Exception {
        new HeadlessRun(walkers.withSeed(3), dir.resolve("m")).execute();
        MemorySink memory = new MemorySink();
        Simulation.of(walkers.withSeed(3), memory).runToEnd();
        List<String> lines = Files.readAllLines(dir.resolve("m/events.jsonl"));
        assertThat(memory.events()).hasSize(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            assertThat(EventJsonCodec.toJson(memory.events().get(i))).isEqualTo(lines.get(i));
        }
        assertThat(memory.ofType(WalkerStepped.class)).hasSize(30);
    }

    @Test
    void anInterventionFiresAtItsTimeBeforeTheOtherActionsAndIsAnEvent() {
        ScenarioSpec spec = new org.agora.core.scenario.ScenarioFile(org.agora.core.scenario.ScenarioCatalog.of(
                List.of(new WalkersScenario()), List.of())).parse(org.agora.core.config.ConfigNode.parseYaml("""
                scenario: test-walkers
                until: 10
                population: [{kind: walker, count: 1, stepSize: 1}]
                interventions: [{round: 2, action: teleport, position: 100}]
                """, "t.yaml"), "t");
        MemorySink memory = new MemorySink();
        Simulation.of(spec, memory).runToEnd();
        List<Event> events = memory.events();
        int applied = -1;
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i) instanceof org.agora.core.event.InterventionApplied) {
                applied = i;
            }
        }
        assertThat(applied).as("an InterventionApplied event").isPositive();
        org.agora.core.event.InterventionApplied event = (org.agora.core.event.InterventionApplied) events.get(applied);
        assertThat(event.time()).isEqualTo(5.0);
        assertThat(event.round()).isEqualTo(2);
        assertThat(event.arguments()).containsEntry("position", 100.0);
        WalkerStepped before = (WalkerStepped) events.get(applied - 1);
        WalkerStepped after = (WalkerStepped) events.get(applied + 1);
        assertThat(before.time()).isEqualTo(4.0);
        assertThat(after.time()).as("the walker's step at 5 s comes after the intervention").isEqualTo(5.0);
        assertThat(Math.abs(after.position() - 100)).isEqualTo(1.0);
    }

    @Test
    void theSummaryCanBeRecomputedFromTheEventsAlone() throws Exception {
        ScenarioSpec spec = walkers.withSeed(21).withParameter("mood", "restless");
        RunResult result = new HeadlessRun(spec, dir.resolve("s")).execute();
        org.agora.core.scenario.EventSummary fromEvents = new WalkersScenario().summaryFromEvents().orElseThrow();
        org.agora.core.sink.EventJsonCodec codec = EventJsonCodec.installed();
        for (String line : Files.readAllLines(dir.resolve("s/events.jsonl"))) {
            fromEvents.accept(codec.decode(line));
        }
        assertThat(fromEvents.summary()).isEqualTo(result.summary());
    }
}
