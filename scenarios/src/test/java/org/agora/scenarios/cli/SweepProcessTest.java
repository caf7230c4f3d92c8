package org.agora.scenarios.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.agora.core.experiment.RunRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sweep as a user starts it, in a JVM of its own, killed without warning and started again. */
class SweepProcessTest {

    private static final String CROWD = "src/test/resources/experiments/crowd-sweep.yaml";
    private static final int RUNS = 30;

    @TempDir
    Path dir;

    private Process agora(Path log, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Agora.class.getName());
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static long lines(Path file) throws IOException {
        return Files.exists(file) ? Files.readAllLines(file).size() : 0;
    }

    @Test
    void aRunningSweepLocksItsDirectoryAndCtrlCStopsItSayingWhatItRecorded() throws Exception {
        Path out = dir.resolve("interrupted");
        Path results = out.resolve("results.jsonl");
        Path log = dir.resolve("interrupted.log");
        Process first = agora(log, "sweep", CROWD, "--threads", "2", "--out", out.toString());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (lines(results) < 2 && first.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(first.isAlive()).as("the sweep is still running after 2 runs (log: %s)", Files.readString(log)).isTrue();
        CliRunner second = CliRunner.run("sweep", CROWD, "--threads", "1", "--out", out.toString());
        assertThat(second.status()).as("a second sweep on the same directory meanwhile").isEqualTo(2);
        assertThat(second.err().lines().toList()).containsExactly("agora sweep: " + out
                + ": is in use by another sweep still running on it; wait for that one to end, or choose another output directory (--out)");
        ProcessTest.interrupt(first);
        assertThat(first.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(first.exitValue()).as(Files.readString(log)).isEqualTo(130);
        long recorded = lines(results);
        assertThat(Files.readString(log)).contains("agora sweep: interrupted: " + recorded + " of " + RUNS + " runs recorded in "
                + out + "; run the same command again to continue");

        Process resumed = agora(dir.resolve("resumed.log"), "sweep", CROWD, "--threads", "2", "--out", out.toString());
        assertThat(resumed.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(Files.readString(dir.resolve("resumed.log"))).contains("(30 runs: 30 done, 0 failed; " + recorded + " recorded before, ");
        assertThat(lines(results)).isEqualTo(RUNS);
    }

    @Test
    void aSweepKilledMidwayAndStartedAgainRecordsEveryRunExactlyOnce() throws Exception {
        Path out = dir.resolve("killed");
        Path results = out.resolve("results.jsonl");
        Process first = agora(dir.resolve("first.log"), "sweep", CROWD, "--threads", "1", "--out", out.toString());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (lines(results) < 4 && first.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(first.isAlive()).as("the sweep is still running after 4 runs (log: %s)",
                Files.readString(dir.resolve("first.log"))).isTrue();
        first.destroyForcibly();
        assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
        long recordedBeforeKill = lines(results);
        assertThat(recordedBeforeKill).isBetween(4L, RUNS - 1L);
        assertThat(out.resolve("aggregate.csv")).doesNotExist();

        Process second = agora(dir.resolve("second.log"), "sweep", CROWD, "--threads", "2", "--out", out.toString());
        assertThat(second.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String log = Files.readString(dir.resolve("second.log"));
        assertThat(second.exitValue()).as(log).isZero();
        assertThat(log).contains("(30 runs: 30 done, 0 failed; ");

        List<Integer> runs = Files.readAllLines(results).stream().map(line -> RunRecord.fromJson(line).run()).toList();
        assertThat(runs).as("every run recorded exactly once, in order").containsExactlyElementsOf(
                java.util.stream.IntStream.range(0, RUNS).boxed().toList());

        Path whole = dir.resolve("whole");
        assertThat(CliRunner.run("sweep", CROWD, "--threads", "2", "--out", whole.toString()).status()).isZero();
        assertThat(SweepCommandTest.withoutWallTime(out.resolve("results.csv")))
                .isEqualTo(SweepCommandTest.withoutWallTime(whole.resolve("results.csv")));
        assertThat(Files.readString(out.resolve("aggregate.csv"))).isEqualTo(Files.readString(whole.resolve("aggregate.csv")));
    }
}
