package org.agora.scenarios.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs never clobber: an --out directory that holds a run is refused without --force. */
class RunDirectoriesTest {

    private static final String GOOD = "src/test/resources/good/walkers.yaml";

    @TempDir
    Path dir;

    @Test
    void anExistingRunDirectoryIsRefusedWithOneLineAndLeftAsItWas() throws IOException {
        Path out = dir.resolve("r");
        assertThat(CliRunner.run("run", GOOD, "--out", out.toString()).status()).isZero();
        byte[] events = Files.readAllBytes(out.resolve("events.jsonl"));
        CliRunner again = CliRunner.run("run", GOOD, "--seed", "7", "--out", out.toString());
        assertThat(again.status()).isEqualTo(2);
        assertThat(again.errLines()).containsExactly("agora run: --out: " + out + " already holds a run; choose another "
                + "directory, or add --force to replace it");
        assertThat(Files.readAllBytes(out.resolve("events.jsonl"))).isEqualTo(events);
    }

    @Test
    void forceReplacesTheRunAndItsStaleAnalysis() throws IOException {
        Path out = dir.resolve("r");
        assertThat(CliRunner.run("run", GOOD, "--out", out.toString()).status()).isZero();
        Files.createDirectories(out.resolve("analysis"));
        Files.writeString(out.resolve("analysis/index.html"), "old");
        Files.writeString(out.resolve("notes.txt"), "mine");
        CliRunner forced = CliRunner.run("run", GOOD, "--seed", "7", "--out", out.toString(), "--force");
        assertThat(forced.status()).as(forced.err()).isZero();
        assertThat(out.resolve("analysis")).doesNotExist();
        assertThat(out.resolve("notes.txt")).hasContent("mine");
        assertThat(Files.readString(out.resolve("manifest.json"))).contains("\"seed\" : 7");
    }

    @Test
    void theDefaultDirectoryIsNamedAfterTheCatalogEntry() throws IOException {
        CliRunner result = CliRunner.run("run", "v2x-merge-inflow", "--until", "1");
        assertThat(result.status()).as(result.err()).isZero();
        Path directory = Path.of(result.out().lines().findFirst().orElseThrow().replaceFirst("done: (\\S+) .*", "$1"));
        assertThat(directory.getFileName().toString()).startsWith("v2x-merge-inflow-s");
        org.assertj.core.util.Files.delete(directory.toFile());
    }

    @Test
    void listShowsTheExperimentsAndRunOfOneSaysToSweepIt() {
        CliRunner list = CliRunner.run("list");
        assertThat(list.out()).contains("Experiments (agora sweep NAME):").containsPattern("\\n  govsim-settings\\s+\\S");
        CliRunner run = CliRunner.run("run", "govsim-settings");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly("agora run: 'govsim-settings' is an experiment (parameter points × "
                + "replications), not a scenario; run it with: agora sweep govsim-settings");
        CliRunner file = CliRunner.run("run", "../examples/experiments/merge-safety.yaml");
        assertThat(file.status()).isEqualTo(2);
        assertThat(file.err()).contains("is an experiment", "agora sweep ../examples/experiments/merge-safety.yaml");
    }
}
