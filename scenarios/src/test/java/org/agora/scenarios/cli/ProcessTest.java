package org.agora.scenarios.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user starts it: a separate JVM, its real exit status and streams. */
class ProcessTest {

    @TempDir
    Path dir;

    private record Outcome(int status, String out, String err) {
    }

    private Outcome agora(List<String> jvmOptions, String... args) throws IOException, InterruptedException {
        Process process = start(jvmOptions, args);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Outcome(process.exitValue(), Files.readString(dir.resolve("stdout")), Files.readString(dir.resolve("stderr")));
    }

    /** Starts the command line in a JVM of its own, its streams to {@code stdout} and {@code stderr} in the test's folder. */
    private Process start(List<String> jvmOptions, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Agora.class.getName());
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectOutput(dir.resolve("stdout").toFile())
                .redirectError(dir.resolve("stderr").toFile()).start();
    }

    @Test
    void exitStatusesAreZeroOneAndTwo() throws Exception {
        assertThat(agora(List.of(), "run", "test-walkers", "--out", dir.resolve("ok").toString()).status()).isZero();
        Outcome failed = agora(List.of(), "run", "test-walkers", "--set", "failAt=2", "--out", dir.resolve("f").toString());
        assertThat(failed.status()).isEqualTo(1);
        Outcome bad = agora(List.of(), "run", "test-walkers", "--set", "mood=grumpy");
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.err().lines().toList()).containsExactly(
                "agora run: --set: mood: 'grumpy' is not one of calm, restless");
    }

    @Test
    void ctrlCStopsARunCleanlyAndSaysSo() throws Exception {
        Path run = dir.resolve("stopped");
        Path events = run.resolve("events.jsonl");
        Process process = start(List.of(), "run", "test-walkers", "--until", "1000000000", "--out", run.toString());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while ((!Files.exists(events) || Files.size(events) < 100_000) && process.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(process.isAlive()).as("the run is still going").isTrue();
        interrupt(process);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isEqualTo(130);
        assertThat(Files.readString(dir.resolve("stderr")).lines().toList()).singleElement(InstanceOfAssertFactories.STRING)
                .startsWith("agora run: interrupted: ");
        assertThat(Files.readString(run.resolve("manifest.json"))).contains("\"status\" : \"interrupted\"");
        assertThat(Files.readString(events)).endsWith("\n");
    }

    /** Ctrl-C: SIGINT to the process. */
    static void interrupt(Process process) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).inheritIO().start();
        assertThat(kill.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(kill.exitValue()).isZero();
    }

    @Test
    void aHeadlessRunNeverLoadsAwtOrSwing() throws Exception {
        Path classLog = dir.resolve("classes.log");
        Outcome run = agora(List.of("-Xlog:class+load=info:file=" + classLog), "run", "test-walkers",
                "--out", dir.resolve("h").toString());
        assertThat(run.status()).isZero();
        List<String> loaded = Files.readAllLines(classLog);
        assertThat(loaded).as("the log lists the classes loaded").anyMatch(line -> line.contains("org.agora.core.kernel.MasonKernel"));
        assertThat(loaded).noneMatch(line -> line.contains(" java.awt.") || line.contains(" javax.swing.")
                || line.contains(" sim.display.") || line.contains(" sim.portrayal."));
    }
}
