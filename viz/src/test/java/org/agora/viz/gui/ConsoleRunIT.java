package org.agora.viz.gui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.agora.core.event.Event;
import org.agora.core.event.RunStarted;
import org.agora.core.run.HeadlessRun;
import org.agora.core.run.JsonFiles;
import org.agora.core.scenario.ScenarioCatalog;
import org.agora.core.scenario.ScenarioSpec;
import org.agora.core.sink.EventJsonCodec;
import org.agora.core.source.JsonLinesSource;
import org.agora.core.source.ReadOptions;
import org.agora.core.testing.WalkersScenario;
import org.agora.viz.family.Families;
import org.agora.viz.testing.SameEvents;
import org.agora.viz.testing.XDisplayExtension;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import sim.display.ConsoleFields;

/**
 * The GUI framework with a scenario of no family (the test walkers): the Console's seed, restarts,
 * and the live event charts, on a real X display.
 */
@ExtendWith(XDisplayExtension.class)
class ConsoleRunIT {

    @TempDir
    Path folder;

    private static ScenarioSpec walkers() {
        return ScenarioCatalog.installed().resolve(WalkersScenario.ID).withUntil(60);
    }

    private static List<Event> read(Path file) {
        try (JsonLinesSource source = new JsonLinesSource(file, EventJsonCodec.installed(), ReadOptions.failOnBadRecords())) {
            return source.readAll();
        }
    }

    @Test
    void theSeedTypedIntoTheConsoleIsTheSeedOfTheRunAndOfItsEvents() throws Exception {
        Path displayed;
        try (GuiSession session = GuiSession.open(walkers().withSeed(1), folder.resolve("displayed"))) {
            assertThat(session.gui().family()).isSameAs(Families.ANY);
            GuiSession.onEdt(() -> {
                ConsoleFields.typeSeed(session.console(), 42);
                return null;
            });
            session.playToEnd();
            displayed = session.gui().runDirectory();
        }
        ScenarioSpec expected = walkers().withSeed(42);
        RunStarted started = (RunStarted) read(displayed.resolve(HeadlessRun.EVENTS_FILE)).get(0);
        assertThat(started.seed()).isEqualTo(42);
        assertThat(started.header().runId()).isEqualTo(expected.runId());

        Path headless = folder.resolve("headless");
        assertThat(new HeadlessRun(expected, headless).execute().done()).isTrue();
        SameEvents.assertSameLines(displayed.resolve(HeadlessRun.EVENTS_FILE), headless.resolve(HeadlessRun.EVENTS_FILE));
    }

    @Test
    void playingAgainAfterAStopRunsAfreshWithTheNextSeedAsMasonsConsoleDoes() throws Exception {
        Path displayed;
        try (GuiSession session = GuiSession.open(walkers().withSeed(7), folder.resolve("displayed"))) {
            session.playToEnd();
            session.play(3);
            session.stop();
            List<Event> stopped = read(session.gui().runDirectory().resolve(HeadlessRun.EVENTS_FILE));
            assertThat(((RunStarted) stopped.get(0)).seed()).as("the seed after one stop").isEqualTo(8);
            assertThat(stopped).as("a run stopped after 3 instants").hasSizeLessThan(20);
            session.playToEnd();
            displayed = session.gui().runDirectory();
        }
        Path headless = folder.resolve("headless");
        assertThat(new HeadlessRun(walkers().withSeed(9), headless).execute().done()).isTrue();
        SameEvents.assertSameLines(displayed.resolve(HeadlessRun.EVENTS_FILE), headless.resolve(HeadlessRun.EVENTS_FILE));
    }

    @Test
    void eachPlayIsARunDirectoryOfItsOwnCompletedOrMarkedInterruptedAndNeverTruncated() throws Exception {
        Path out = folder.resolve("plays");
        Path whole;
        Path stopped;
        Path closed;
        try (GuiSession session = GuiSession.open(walkers().withSeed(7), out)) {
            session.playToEnd();
            whole = session.gui().runDirectory();
            session.play(3);
            session.stop();
            stopped = session.gui().runDirectory();
            session.play(5);
            closed = session.gui().runDirectory();
        }
        assertThat(List.of(whole, stopped, closed)).doesNotHaveDuplicates().allMatch(run -> run.getParent().equals(out));
        assertThat(whole.getFileName().toString()).isEqualTo("test-walkers-s7-play1");
        JsonNode done = JsonFiles.mapper().readTree(whole.resolve(HeadlessRun.MANIFEST_FILE).toFile());
        assertThat(done.get("status").asText()).isEqualTo("done");
        assertThat(done.get("seed").asLong()).isEqualTo(7);
        assertThat(whole.resolve(HeadlessRun.SUMMARY_FILE)).exists();
        for (Path interrupted : List.of(stopped, closed)) {
            JsonNode manifest = JsonFiles.mapper().readTree(interrupted.resolve(HeadlessRun.MANIFEST_FILE).toFile());
            assertThat(manifest.get("status").asText()).as(interrupted.toString()).isEqualTo("interrupted");
            assertThat(manifest.get("reason").asText()).startsWith("stopped from the Console at ");
            assertThat(interrupted.resolve(HeadlessRun.SUMMARY_FILE)).as("no summary of a partial run").doesNotExist();
            List<Event> events = read(interrupted.resolve(HeadlessRun.EVENTS_FILE));
            assertThat(((RunStarted) events.get(0)).seed()).isEqualTo(manifest.get("seed").asLong());
            assertThat(Files.readString(interrupted.resolve(HeadlessRun.EVENTS_FILE))).endsWith("}\n");
        }
        Path headless = folder.resolve("headless");
        assertThat(new HeadlessRun(walkers().withSeed(7), headless).execute().done()).isTrue();
        SameEvents.assertSameLines(whole.resolve(HeadlessRun.EVENTS_FILE), headless.resolve(HeadlessRun.EVENTS_FILE));
    }

    @Test
    void theLiveEventChartsCountTheEventsOfEachType() throws Exception {
        try (GuiSession session = GuiSession.open(walkers().withSeed(3), folder.resolve("displayed"))) {
            session.playToEnd();
            GuiSession.onEdt(() -> null);
            Path displayed = session.gui().runDirectory();
            XYSeriesCollection live = GuiSession.onEdt(() -> session.gui().liveDatasets().get(0));
            Map<String, Integer> counts = new LinkedHashMap<>();
            List<Event> events = read(displayed.resolve(HeadlessRun.EVENTS_FILE));
            for (Event event : events.subList(0, events.size() - 1)) {
                counts.merge(event.type(), 1, Integer::sum);
            }
            assertThat(counts).containsKeys("RunStarted", "WalkersStarted", "WalkerStepped");
            for (Map.Entry<String, Integer> type : counts.entrySet()) {
                XYSeries series = GuiSession.onEdt(() -> live.getSeries(type.getKey()));
                assertThat(series.getY(series.getItemCount() - 1).intValue()).as(type.getKey()).isEqualTo(type.getValue());
                assertThat(series.getX(series.getItemCount() - 1).doubleValue()).isEqualTo(60.0);
            }
            XYSeries steps = GuiSession.onEdt(() -> live.getSeries("WalkerStepped"));
            for (int i = 0; i < steps.getItemCount() - 1; i++) {
                double time = steps.getX(i).doubleValue();
                long until = events.stream().filter(e -> e.type().equals("WalkerStepped") && e.time() < time).count();
                assertThat(steps.getY(i).longValue()).as("steps before %s s", time).isEqualTo(until);
            }
        }
    }
}
