package org.agora.viz.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.agora.core.run.HeadlessRun;
import org.agora.core.scenario.Scenario;
import org.agora.core.scenario.ScenarioCatalog;
import org.agora.core.scenario.ScenarioSpec;
import org.agora.scenarios.cli.Agora;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/** {@code agora analyze} on a run of each scenario family: the summary and the family's charts. Headless. */
class AnalyzeFamiliesTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"smallcell-market, 15, rates-around-handovers", "v2x-merge, 40, mean-speed",
        "govsim-fishery, 12 months, resource", "govsim-trash, 12 months, harvests-per-member"})
    void aFamilysRunIsAnalyzedWithItsCharts(String scenario, String until, String chart) throws Exception {
        ScenarioSpec spec = ScenarioCatalog.installed().resolve(scenario).withSeed(2).withUntil(until);
        Path run = dir.resolve("run");
        assertThat(new HeadlessRun(spec, run).execute().done()).isTrue();
        Path report = dir.resolve("report");

        Cli cli = Cli.run("analyze", run.toString(), "--out", report.toString());

        assertThat(cli.status()).as(cli.err()).isZero();
        assertThat(report.resolve("charts/" + chart + ".png")).isNotEmptyFile();
        assertThat(report.resolve("charts/" + chart + ".svg")).isNotEmptyFile();
        Scenario installed = ScenarioCatalog.installed().scenario(scenario).orElseThrow();
        if (installed.summaryFromEvents().isPresent()) {
            assertThat(cli.out()).contains("equal to summary.json");
            assertThat(Files.readString(report.resolve(HeadlessRun.SUMMARY_FILE)))
                    .isEqualTo(Files.readString(run.resolve(HeadlessRun.SUMMARY_FILE)));
        } else {
            assertThat(cli.out()).contains(scenario + " cannot recompute its summary from events");
            assertThat(report.resolve(HeadlessRun.SUMMARY_FILE)).doesNotExist();
        }
    }

    /** A commons run's RunStarted without a parameter its summary needs: one line, status 2, no stack trace. */
    @Test
    void aRunStartedWithoutAParameterTheSummaryNeedsIsBadInput() throws Exception {
        ScenarioSpec spec = ScenarioCatalog.installed().resolve("govsim-fishery").withSeed(2);
        Path run = dir.resolve("run");
        assertThat(new HeadlessRun(spec, run).execute().done()).isTrue();
        Path events = run.resolve(HeadlessRun.EVENTS_FILE);
        List<String> lines = new ArrayList<>(Files.readAllLines(events));
        assertThat(lines.get(0)).contains("\"capacity\":100,");
        lines.set(0, lines.get(0).replace("\"capacity\":100,", ""));
        Files.write(events, lines);

        Cli cli = Cli.run("analyze", events.toString(), "--out", dir.resolve("report").toString());

        assertThat(cli.status()).isEqualTo(Agora.BAD_INPUT);
        assertThat(cli.err().lines().toList()).containsExactly("agora analyze: " + events
                + ": event seq 0 (RunStarted) does not fit scenario govsim-fishery: parameter capacity is missing or not a number (null)");
    }
}
