package org.agora.viz.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.agora.core.event.Event;
import org.agora.core.run.HeadlessRun;
import org.agora.core.scenario.ScenarioCatalog;
import org.agora.core.scenario.ScenarioSpec;
import org.agora.core.sink.EventJsonCodec;
import org.agora.core.source.JsonLinesSource;
import org.agora.core.source.ReadOptions;
import org.agora.core.testing.WalkersScenario;
import org.agora.scenarios.cli.Agora;
import org.agora.viz.chart.Chart;
import org.agora.viz.chart.Series;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code agora analyze} on files: finished runs, corrupt lines, runs still being written. Headless. */
class AnalyzeCommandTest {

    @TempDir
    Path dir;

    private Path run;
    private Path events;

    @BeforeEach
    void aWalkersRun() {
        ScenarioSpec spec = ScenarioCatalog.installed().resolve(WalkersScenario.ID).withSeed(5).withUntil(40)
                .withAssignments(List.of("interval=0.5"));
        run = dir.resolve("run");
        assertThat(new HeadlessRun(spec, run).execute().done()).isTrue();
        events = run.resolve(HeadlessRun.EVENTS_FILE);
    }

    @Test
    void theSummaryRecomputedFromAFinishedRunsEventsEqualsItsSummaryJson() throws Exception {
        Path report = dir.resolve("report");
        Cli cli = Cli.run("analyze", events.toString(), "--out", report.toString());

        assertThat(cli.status()).as(cli.err()).isZero();
        assertThat(cli.err()).isEmpty();
        assertThat(cli.out()).contains("equal to summary.json").contains("test-walkers");
        assertThat(Files.readAllBytes(report.resolve(HeadlessRun.SUMMARY_FILE)))
                .isEqualTo(Files.readAllBytes(run.resolve(HeadlessRun.SUMMARY_FILE)));
    }

    @Test
    void theReportShowsEachChartAsPngAndSvgDrawnHeadless() throws Exception {
        Path report = dir.resolve("report");
        assertThat(Cli.run("analyze", run.toString(), "--out", report.toString()).status()).isZero();

        assertThat(java.awt.GraphicsEnvironment.isHeadless()).isTrue();
        BufferedImage png = ImageIO.read(report.resolve("charts/events.png").toFile());
        assertThat(png.getWidth()).isEqualTo(900);
        assertThat(png.getHeight()).isEqualTo(450);
        String svg = Files.readString(report.resolve("charts/events.svg"));
        assertThat(svg).contains("<svg").contains("WalkerStepped");
        String html = Files.readString(report.resolve("index.html"));
        assertThat(html).contains("<img src=\"charts/events.svg\"").contains("charts/events.png")
                .contains("Equal to the run's own summary.json");
    }

    @Test
    void aRepeatedLineAGapInSeqOrAnotherRunsEventIsReportedOrRefusedWithStrict() throws Exception {
        List<String> lines = Files.readAllLines(events);
        String runId = lines.get(0).replaceFirst(".*\"run\":\"([^\"]*)\".*", "$1");
        List<String> repeated = new ArrayList<>(lines);
        repeated.add(5, lines.get(4));
        List<String> gap = new ArrayList<>(lines);
        gap.remove(4);
        List<String> foreign = new ArrayList<>(lines);
        foreign.add(5, lines.get(5).replace("\"run\":\"" + runId + "\"", "\"run\":\"another-run\""));
        Object[][] cases = {
            {repeated, "seq 4 again after seq 4 (a repeated event; the first is kept) (skipped)"},
            {gap, "seq 5 follows seq 3: 1 event missing"},
            {foreign, "an event of run another-run among the events of run " + runId + " (skipped)"},
        };
        for (Object[] c : cases) {
            @SuppressWarnings("unchecked")
            List<String> content = (List<String>) c[0];
            Path file = Files.write(dir.resolve("case-" + c[1].hashCode() + ".jsonl"), content);
            Cli lenient = Cli.run("analyze", file.toString(), "--out", dir.resolve("r-" + c[1].hashCode()).toString());
            assertThat(lenient.status()).as(lenient.err()).isZero();
            assertThat(lenient.err().lines()).as("reported").anyMatch(line -> line.startsWith("agora analyze: " + file)
                    && line.endsWith((String) c[1]));
            Cli strict = Cli.run("analyze", file.toString(), "--strict", "--out", dir.resolve("s-" + c[1].hashCode()).toString());
            assertThat(strict.status()).as("refused with --strict: " + c[1]).isEqualTo(2);
            assertThat(strict.err().lines()).hasSize(1);
        }
    }

    @Test
    void anOutThatIsAFileIsBadInputAndLeavesTheFileAsItWas() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.txt"), "mine");
        Cli cli = Cli.run("analyze", events.toString(), "--out", file.toString());
        assertThat(cli.status()).as(cli.err()).isEqualTo(2);
        assertThat(cli.err().lines()).containsExactly("agora analyze: --out: " + file + " is a file, not a directory");
        assertThat(Files.readString(file)).isEqualTo("mine");
    }

    @Test
    void withoutOutTheReportGoesBesideTheEvents() {
        Cli cli = Cli.run("analyze", events.toString());
        assertThat(cli.status()).as(cli.err()).isZero();
        assertThat(run.resolve("analysis/index.html")).exists();
    }

    @Test
    void theChartDataAreTheEventCountsAndTheCsvHoldsThem() throws Exception {
        Path report = dir.resolve("report");
        assertThat(Cli.run("analyze", events.toString(), "--out", report.toString()).status()).isZero();
        List<Event> read = readAll(events);

        RunAnalysis analysis = new RunAnalysis(events.toString(), ScenarioCatalog.installed());
        read.forEach(analysis::accept);
        Chart chart = analysis.charts().get(0);
        Series steps = chart.find("WalkerStepped").orElseThrow();
        assertThat(steps.size()).isGreaterThan(50);
        for (int i = 1; i < steps.size() - 1; i++) {
            double time = steps.x(i);
            long before = read.stream().filter(e -> e.type().equals("WalkerStepped") && e.time() < time).count();
            assertThat(steps.y(i)).as("steps before %s s", time).isEqualTo(before);
        }
        assertThat(steps.x(steps.size() - 1)).isEqualTo(40.0);
        assertThat(steps.last()).isEqualTo(read.stream().filter(e -> e.type().equals("WalkerStepped")).count());

        List<String> csv = Files.readAllLines(report.resolve("charts/events.csv"));
        List<String> expected = new ArrayList<>(List.of("series,x,y"));
        for (Series series : chart.allSeries()) {
            for (int i = 0; i < series.size(); i++) {
                expected.add(series.name() + "," + series.x(i) + "," + series.y(i));
            }
        }
        assertThat(csv).containsExactlyElementsOf(expected);
    }

    @Test
    void aCorruptLineIsReportedWithItsLineNumberAndSkippedByDefault() throws Exception {
        corruptLine(17);
        Path report = dir.resolve("report");
        Cli cli = Cli.run("analyze", events.toString(), "--out", report.toString());

        assertThat(cli.status()).as(cli.err()).isZero();
        List<String> reported = cli.err().lines().filter(l -> l.endsWith(" (skipped)")).toList();
        assertThat(reported).hasSize(1);
        assertThat(reported.get(0)).startsWith("agora analyze: " + events + ":17: ");
        assertThat(cli.out()).contains("1 bad records skipped");
        assertThat(cli.err()).contains("differs from summary.json: steps:");
    }

    @Test
    void withStrictACorruptLineIsBadInputNamingTheFileAndLine() throws Exception {
        corruptLine(17);
        Cli cli = Cli.run("analyze", events.toString(), "--strict", "--out", dir.resolve("report").toString());

        assertThat(cli.status()).isEqualTo(Agora.BAD_INPUT);
        assertThat(cli.err().lines().toList()).hasSize(1);
        assertThat(cli.err()).startsWith("agora analyze: " + events + ":17: ");
        assertThat(dir.resolve("report")).doesNotExist();
    }

    @Test
    void followsARunStillBeingWrittenUntilItsRunFinished() throws Exception {
        List<String> lines = Files.readAllLines(events);
        Path growing = dir.resolve("growing").resolve(HeadlessRun.EVENTS_FILE);
        Files.createDirectories(growing.getParent());
        Files.createFile(growing);
        Path report = dir.resolve("report");
        CompletableFuture<Cli> analyze = CompletableFuture.supplyAsync(() ->
                Cli.run("analyze", growing.toString(), "--follow", "--out", report.toString()));
        try (BufferedWriter writer = Files.newBufferedWriter(growing, StandardCharsets.UTF_8, StandardOpenOption.APPEND)) {
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (i % 40 == 7) {
                    writer.write(line, 0, line.length() / 2);
                    writer.flush();
                    Thread.sleep(30);
                    writer.write(line, line.length() / 2, line.length() - line.length() / 2);
                } else {
                    writer.write(line);
                }
                writer.write('\n');
                if (i % 40 == 0) {
                    writer.flush();
                    Thread.sleep(30);
                    assertThat(analyze).as("still following before the end").isNotDone();
                }
            }
        }
        Cli cli = analyze.get(60, TimeUnit.SECONDS);
        assertThat(cli.status()).as(cli.err()).isZero();
        assertThat(cli.out()).contains(String.format("%,d events", lines.size()));
        assertThat(Files.readAllBytes(report.resolve(HeadlessRun.SUMMARY_FILE)))
                .isEqualTo(Files.readAllBytes(run.resolve(HeadlessRun.SUMMARY_FILE)));
    }

    @Test
    void eventsThatDoNotBeginWithRunStartedAreBadInput() throws Exception {
        List<String> lines = Files.readAllLines(events);
        Files.write(events, lines.subList(1, lines.size()));
        Cli cli = Cli.run("analyze", events.toString(), "--out", dir.resolve("report").toString());
        assertThat(cli.status()).isEqualTo(Agora.BAD_INPUT);
        assertThat(cli.err()).contains("do not begin with RunStarted");
    }

    @Test
    void aMissingFileOrATopicWithoutARunAreBadInput() {
        Cli missing = Cli.run("analyze", dir.resolve("nothing.jsonl").toString());
        assertThat(missing.status()).isEqualTo(Agora.BAD_INPUT);
        assertThat(missing.err()).contains("nothing.jsonl: no such file");

        Cli topic = Cli.run("analyze", "kafka://127.0.0.1:9/agora.events");
        assertThat(topic.status()).isEqualTo(Agora.BAD_INPUT);
        assertThat(topic.err()).contains("--run RUN-ID");

        Cli execution = Cli.run("analyze", events.toString(), "--execution", "e-1");
        assertThat(execution.status()).isEqualTo(Agora.BAD_INPUT);
        assertThat(execution.err().lines().toList()).containsExactly("agora analyze: --execution: picks one execution of a run"
                + " in a Kafka topic; a file holds one execution (" + events + ")");
    }

    private void corruptLine(int number) throws Exception {
        List<String> lines = new ArrayList<>(Files.readAllLines(events));
        lines.set(number - 1, lines.get(number - 1).substring(0, 25));
        Files.write(events, lines);
    }

    private static List<Event> readAll(Path file) {
        try (JsonLinesSource source = new JsonLinesSource(file, EventJsonCodec.installed(), ReadOptions.failOnBadRecords())) {
            return source.readAll();
        }
    }
}
