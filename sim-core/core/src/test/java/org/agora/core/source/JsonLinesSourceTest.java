package org.agora.core.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.agora.core.config.BadInputException;
import org.agora.core.event.Event;
import org.agora.core.run.HeadlessRun;
import org.agora.core.run.Simulation;
import org.agora.core.scenario.ScenarioSpec;
import org.agora.core.sink.EventJsonCodec;
import org.agora.core.sink.MemorySink;
import org.agora.core.testing.WalkersScenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesSourceTest {

    @TempDir
    Path dir;

    private final EventJsonCodec codec = EventJsonCodec.installed();
    private final ScenarioSpec walkers = ScenarioSpec.defaults(new WalkersScenario()).withSeed(3);

    private List<Event> published() {
        MemorySink memory = new MemorySink();
        Simulation.of(walkers, memory).runToEnd();
        return memory.events();
    }

    @Test
    void aRunDirectoryReadsBackAsTheEventsItPublished() {
        new HeadlessRun(walkers, dir.resolve("run")).execute();
        try (EventSource source = EventSources.open(dir.resolve("run").toString(), codec, ReadOptions.failOnBadRecords(), java.util.Map.of())) {
            assertThat(source.readAll()).containsExactlyElementsOf(published());
            assertThat(source.ended()).isTrue();
            assertThat(source.next(Duration.ZERO)).isEmpty();
        }
    }

    @Test
    void anAddressOfASchemeNoInstalledModuleReadsIsBadInput() {
        // the core reads files only; kafka:// is read by the Kafka module's opener, absent here
        assertThatThrownBy(() -> EventSources.open("kafka://127.0.0.1:9/t?run=r", codec, ReadOptions.failOnBadRecords(),
                java.util.Map.of()))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("kafka://127.0.0.1:9/t?run=r")
                .hasMessageContaining("no reader for kafka:// addresses is installed");
    }

    @Test
    void badRecordsAreReportedWithTheirLineAndSkippedOrFatal() throws Exception {
        List<String> lines = new ArrayList<>();
        for (Event event : published().subList(0, 4)) {
            lines.add(EventJsonCodec.toJson(event));
        }
        lines.add(1, "{not json");
        lines.add(3, lines.get(2).replace("\"v\":2", "\"v\":3"));
        lines.add(5, "{\"type\":\"Unheard\",\"time\":0,\"seq\":9,\"run\":\"r\",\"source\":\"x\",\"v\":1}");
        Path file = dir.resolve("events.jsonl");
        Files.write(file, lines);

        List<BadRecord> reported = new ArrayList<>();
        try (EventSource source = new JsonLinesSource(file, codec, ReadOptions.skipBadRecords(reported::add))) {
            assertThat(source.readAll()).containsExactlyElementsOf(published().subList(0, 4));
            assertThat(source.skipped()).isEqualTo(3);
        }
        assertThat(reported).extracting(BadRecord::describe).containsExactly(
                file + ":2: not JSON (Unexpected character ('n' (code 110)): was expecting double-quote to start field name)",
                file + ":4: schema version 3, expected 1 to 2",
                file + ":6: unknown event type 'Unheard'");

        try (EventSource source = new JsonLinesSource(file, codec, ReadOptions.failOnBadRecords())) {
            assertThat(source.next(Duration.ZERO)).isPresent();
            assertThatThrownBy(() -> source.next(Duration.ZERO)).isInstanceOf(BadInputException.class)
                    .hasMessageStartingWith(file + ":2: not JSON");
        }
        assertThatThrownBy(() -> new JsonLinesSource(dir.resolve("absent.jsonl"), codec, ReadOptions.failOnBadRecords()))
                .isInstanceOf(BadInputException.class).hasMessage(dir.resolve("absent.jsonl") + ": no such file");
    }

    @Test
    void followingAFileBeingWrittenTakesOnlyWholeLinesUntilTheWriterFinishes() throws Exception {
        List<Event> events = published();
        Path file = dir.resolve("live.jsonl");
        Files.createFile(file);
        AtomicBoolean finished = new AtomicBoolean();
        List<Event> read = new ArrayList<>();
        try (EventSource source = new JsonLinesSource(file, codec, ReadOptions.failOnBadRecords().following(finished::get));
             OutputStream out = Files.newOutputStream(file, StandardOpenOption.APPEND)) {
            assertThat(source.next(Duration.ofMillis(100))).as("nothing written yet").isEmpty();
            assertThat(source.ended()).isFalse();
            for (int i = 0; i < events.size(); i++) {
                byte[] line = (EventJsonCodec.toJson(events.get(i)) + (i == events.size() - 1 ? "" : "\n"))
                        .getBytes(StandardCharsets.UTF_8);
                int half = line.length / 2;
                out.write(line, 0, half);
                out.flush();
                if (i < events.size() - 1) {
                    assertThat(source.next(Duration.ofMillis(20))).as("half a line is not an event yet").isEmpty();
                }
                out.write(line, half, line.length - half);
                out.flush();
                if (i < events.size() - 1) {
                    source.next(Duration.ofSeconds(5)).ifPresent(read::add);
                }
            }
            assertThat(source.next(Duration.ofMillis(100))).as("the last line has no line feed: not whole until the writer ends").isEmpty();
            finished.set(true);
            read.addAll(source.readAll());
            assertThat(source.ended()).isTrue();
        }
        assertThat(read).containsExactlyElementsOf(events);
    }
}
