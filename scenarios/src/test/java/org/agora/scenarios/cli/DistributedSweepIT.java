package org.agora.scenarios.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agora.core.experiment.RunRecord;
import org.agora.core.kafka.LocalBroker;
import org.agora.core.kafka.RealBroker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A distributed sweep against a real broker, with two workers in JVMs of their own, one of which
 * dies in the middle of a run. (Workers joining in the middle of a sweep, and the coordinator's
 * restart, are tested in sim-core's DistributedSweepIT.)
 */
@ExtendWith(RealBroker.class)
class DistributedSweepIT {

    private static final String LONG = "src/test/resources/experiments/crowd-long-sweep.yaml";
    private static final int RUNS = 12;
    private static final Pattern STARTED = Pattern.compile("run (\\S+) started");

    @TempDir
    Path dir;

    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    /** Topics and a group of this test's own: tests share the broker. */
    private List<String> topics() {
        return List.of("--jobs-topic", "jobs-" + tag, "--results-topic", "results-" + tag);
    }

    private Process worker(LocalBroker broker, Path log) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Agora.class.getName(), "worker", "--kafka", broker.bootstrap(),
                "--threads", "1", "--group", "workers-" + tag, "--kafka-property", "session.timeout.ms=6000",
                "--kafka-property", "heartbeat.interval.ms=1500"));
        command.addAll(topics());
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static String read(Path log) {
        try {
            return Files.exists(log) ? Files.readString(log) : "";
        } catch (IOException e) {
            return "";
        }
    }

    private static long count(Path log, String pattern) {
        return Pattern.compile(pattern).matcher(read(log)).results().count();
    }

    /** A run the worker has started and not finished, if there is one now. */
    private static Optional<String> runInProgress(Path log) {
        String text = read(log);
        Matcher started = STARTED.matcher(text);
        String last = null;
        while (started.find()) {
            last = started.group(1);
        }
        return last == null || text.contains("run " + last + " done") ? Optional.empty() : Optional.of(last);
    }

    private static void await(String what, java.util.function.BooleanSupplier condition, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waiting for " + what).isLessThan(deadline);
            Thread.sleep(5);
        }
    }

    @Test
    void twoWorkerProcessesOneKilledInTheMiddleOfARunGiveExactlyTheLocalResults(LocalBroker broker) throws Exception {
        Path out = dir.resolve("distributed");
        Path logA = dir.resolve("worker-a.log");
        Path logB = dir.resolve("worker-b.log");
        Process a = worker(broker, logA);
        Process b = worker(broker, logB);
        try {
            await("both workers to join the group", () -> count(logA, "^worker ") + count(logB, "^worker ") == 2, 120);
            List<String> args = new ArrayList<>(List.of("sweep", LONG, "--kafka", broker.bootstrap(), "--distributed",
                    "--out", out.toString()));
            args.addAll(topics());
            CompletableFuture<CliRunner> coordinator = CompletableFuture.supplyAsync(() -> CliRunner.run(args.toArray(String[]::new)));

            // the first worker seen in the middle of a run dies there; the other must finish the sweep
            String[] killed = new String[1];
            Path[] victim = new Path[1];
            await("a worker to be in the middle of a run", () -> {
                for (Path log : List.of(logA, logB)) {
                    Optional<String> running = runInProgress(log);
                    if (running.isPresent()) {
                        killed[0] = running.get();
                        victim[0] = log;
                        return true;
                    }
                }
                return false;
            }, 120);
            Process dying = victim[0] == logA ? a : b;
            Path survivorLog = victim[0] == logA ? logB : logA;
            dying.destroyForcibly();
            assertThat(dying.waitFor(30, TimeUnit.SECONDS)).isTrue();

            CliRunner result = coordinator.get(240, TimeUnit.SECONDS);
            assertThat(result.status()).as(result.err()).isZero();
            assertThat(result.out()).contains("(12 runs: 12 done, 0 failed; this start ran 12 on workers");

            List<RunRecord> records = Files.readAllLines(out.resolve("results.jsonl")).stream().map(RunRecord::fromJson).toList();
            assertThat(records).extracting(RunRecord::run).as("every run exactly once")
                    .containsExactlyElementsOf(java.util.stream.IntStream.range(0, RUNS).boxed().toList());
            String survivor = read(survivorLog).lines().findFirst().orElseThrow().replaceFirst("^worker (\\S+): .*", "$1");
            int killedRun = Integer.parseInt(killed[0].substring(killed[0].lastIndexOf('/') + 1));
            if (!read(victim[0]).contains("run " + killed[0] + " done")) {
                assertThat(records.get(killedRun).worker()).as("the run a worker died in was done again by the other")
                        .isEqualTo(survivor);
                assertThat(read(survivorLog)).contains("run " + killed[0] + " started");
            }

            Path local = dir.resolve("local");
            assertThat(CliRunner.run("sweep", LONG, "--threads", "2", "--out", local.toString()).status()).isZero();
            assertThat(SweepCommandTest.withoutWallTime(out.resolve("results.csv")))
                    .isEqualTo(SweepCommandTest.withoutWallTime(local.resolve("results.csv")));
            assertThat(Files.readString(out.resolve("aggregate.csv"))).isEqualTo(Files.readString(local.resolve("aggregate.csv")));
        } catch (AssertionError | Exception e) {
            // what the workers said is the first thing to read when this fails
            System.out.println("worker A:\n" + read(logA) + "\nworker B:\n" + read(logB));
            throw e;
        } finally {
            for (Process worker : List.of(a, b)) {
                if (worker.isAlive()) {
                    worker.destroy();
                    assertThat(worker.waitFor(30, TimeUnit.SECONDS)).isTrue();
                }
            }
        }
        assertThat(read(logA) + read(logB)).as("the surviving worker stops cleanly on SIGTERM").contains(": stopped");
    }
}
