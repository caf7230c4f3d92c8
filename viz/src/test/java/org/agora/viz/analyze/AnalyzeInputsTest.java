package org.agora.viz.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.agora.core.run.HeadlessRun;
import org.agora.core.scenario.ScenarioCatalog;
import org.agora.core.testing.WalkersScenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code analyze} given something other than a run's events says at once what it needs. */
class AnalyzeInputsTest {

    @TempDir
    Path dir;

    @Test
    void aSweepDirectorySaysWhereItsResultsAreAndWhatAnalyzeReads() throws Exception {
        Path sweep = Files.createDirectories(dir.resolve("sweep"));
        Files.writeString(sweep.resolve("sweep.json"), "{}");
        Files.writeString(sweep.resolve("results.csv"), "run\n");
        Cli cli = Cli.run("analyze", sweep.toString());
        assertThat(cli.status()).isEqualTo(2);
        assertThat(cli.err().strip()).doesNotContain("\n").startsWith("agora analyze: " + sweep + ": a sweep's output directory")
                .contains("results.csv", "give a run directory or events.jsonl");
    }

    @Test
    void aSummaryFileSaysToGiveTheRunDirectory() {
        Path run = dir.resolve("run");
        assertThat(new HeadlessRun(ScenarioCatalog.installed().resolve(WalkersScenario.ID).withUntil(5), run).execute().done()).isTrue();
        Cli cli = Cli.run("analyze", run.resolve("summary.json").toString());
        assertThat(cli.status()).isEqualTo(2);
        assertThat(cli.err().strip().lines()).containsExactly("agora analyze: " + run.resolve("summary.json")
                + ": a run's summary.json, not its events; analyze reads the events: give the run directory (" + run
                + ") or run/events.jsonl");
    }

    @Test
    void followingAPathThatDoesNotExistSaysSoAtOnce() {
        long start = System.nanoTime();
        Cli cli = Cli.run("analyze", dir.resolve("nowhere/events.jsonl").toString(), "--follow");
        assertThat(cli.status()).isEqualTo(2);
        assertThat(cli.err()).contains("no such file or run directory to follow");
        assertThat((System.nanoTime() - start) / 1e9).as("seconds before it said so").isLessThan(5);
    }
}
