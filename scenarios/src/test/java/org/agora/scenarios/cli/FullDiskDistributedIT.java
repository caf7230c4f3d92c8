package org.agora.scenarios.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.agora.core.experiment.RunRecord;
import org.agora.core.kafka.LocalBroker;
import org.agora.core.kafka.RealBroker;
import org.agora.core.run.JsonFiles;
import org.agora.core.run.SmallDisk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A distributed sweep whose worker's disk fills up, against a real broker: the worker names the
 * cause in one line and stops without committing the job, the run's manifest says failed, the
 * coordinator records no result for it, and a worker started once there is room runs only the
 * runs that are missing.
 */
@ExtendWith(RealBroker.class)
class FullDiskDistributedIT {

    private static final int RUNS = 4;

    @TempDir
    Path dir;

    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    private List<String> kafka(LocalBroker broker) {
        return List.of("--kafka", broker.bootstrap(), "--jobs-topic", "jobs-" + tag, "--results-topic", "results-" + tag);
    }

    private String[] coordinatorArguments(LocalBroker broker, Path file, Path out) {
        List<String> args = new ArrayList<>(List.of("sweep", file.toString(), "--distributed", "--out", out.toString()));
        args.addAll(kafka(broker));
        return args.toArray(String[]::new);
    }

    private List<String> workerArguments(LocalBroker broker, Path out) {
        List<String> args = new ArrayList<>(List.of("worker", "--threads", "1", "--group", "workers-" + tag, "--out", out.toString(),
                "--kafka-property", "session.timeout.ms=6000", "--kafka-property", "heartbeat.interval.ms=1500"));
        args.addAll(kafka(broker));
        return args;
    }

    @Test
    void aWorkerWhoseDiskFillsNamesTheCauseLeavesItsJobAndTheRunIsRedoneOnceThereIsRoom(LocalBroker broker) throws Exception {
        Path file = FullDiskTest.walkingSweep(dir, true);
        Path out = dir.resolve("coordinator");
        try (SmallDisk disk = SmallDisk.mount(dir, "1m")) {
            Path workerOut = disk.path().resolve("worker");
            String[] sweep = coordinatorArguments(broker, file, out);
            CompletableFuture<CliRunner> coordinator = CompletableFuture.supplyAsync(() -> CliRunner.run(sweep));

            CliRunner full = CompletableFuture.supplyAsync(() -> CliRunner.run(workerArguments(broker, workerOut).toArray(String[]::new)))
                    .get(180, TimeUnit.SECONDS);

            assertThat(full.status()).as(full.out() + full.err()).isEqualTo(1);
            assertThat(full.errLines()).as(full.out()).singleElement().asString()
                    .matches("agora worker: failed: run walk-\\w+/\\d not recorded: no space left on device: \\Q" + workerOut
                            + "\\E/walk-\\w+/runs/000\\d; events.jsonl keeps the first .*; its job is left to another worker; "
                            + "make room and start the worker again");
            int lost = Integer.parseInt(full.err().replaceFirst("(?s).*?/(\\d) not recorded.*", "$1"));
            Path runDirectory;
            try (var sweeps = Files.list(workerOut)) {
                runDirectory = sweeps.findFirst().orElseThrow().resolve("runs/000" + lost);
            }
            assertThat(JsonFiles.mapper().readTree(runDirectory.resolve("manifest.json").toFile()).get("status").asText())
                    .as("the run's own record").isEqualTo("failed");
            assertThat(coordinator).as("the coordinator waits for the missing run").isNotDone();
            List<Integer> recordedBefore = Files.readAllLines(out.resolve("results.jsonl")).stream()
                    .map(RunRecord::fromJson).peek(r -> assertThat(r.done()).as(r.toJson()).isTrue()).map(RunRecord::run).toList();
            assertThat(recordedBefore).as("no result for the run the disk stopped").doesNotContain(lost);

            disk.resize("16m");
            Path log = dir.resolve("worker-b.log");
            Process again = workerProcess(broker, workerOut, log);
            try {
                CliRunner done = coordinator.get(180, TimeUnit.SECONDS);
                assertThat(done.status()).as(done.err()).isZero();
                assertThat(done.out()).contains("(4 runs: 4 done, 0 failed; ");
            } finally {
                again.destroy();
                assertThat(again.waitFor(30, TimeUnit.SECONDS)).isTrue();
            }
            List<RunRecord> records = Files.readAllLines(out.resolve("results.jsonl")).stream().map(RunRecord::fromJson).toList();
            assertThat(records).extracting(RunRecord::run).containsExactlyElementsOf(IntStream.range(0, RUNS).boxed().toList());
            long startedAgain = Pattern.compile("run \\S+ started").matcher(Files.readString(log)).results().count();
            assertThat(startedAgain).as("only the missing runs were run again: " + Files.readString(log))
                    .isEqualTo(RUNS - recordedBefore.size());
            assertThat(JsonFiles.mapper().readTree(runDirectory.resolve("manifest.json").toFile()).get("status").asText())
                    .isEqualTo("done");
        }
    }

    @Test
    void aCoordinatorWhoseDiskFillsNamesTheCauseAndStartedAgainRecordsTheResultsThatCameMeanwhile(LocalBroker broker)
            throws Exception {
        Path file = FullDiskTest.walkingSweep(dir, false);
        Path log = dir.resolve("worker.log");
        try (SmallDisk disk = SmallDisk.mount(dir, "1m")) {
            Path out = disk.path().resolve("sweep");
            String[] sweep = coordinatorArguments(broker, file, out);
            CompletableFuture<CliRunner> coordinator = CompletableFuture.supplyAsync(() -> CliRunner.run(sweep));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (!Files.exists(out.resolve("jobs.json")) && !coordinator.isDone()) {
                assertThat(System.nanoTime()).as("waiting for the jobs to be published").isLessThan(deadline);
                Thread.sleep(20);
            }
            disk.fillUp();
            Process worker = workerProcess(broker, dir.resolve("worker-runs"), log);
            try {
                CliRunner full = coordinator.get(180, TimeUnit.SECONDS);
                assertThat(full.status()).as(full.out() + full.err()).isEqualTo(1);
                assertThat(full.errLines()).singleElement().asString()
                        .matches("agora sweep: failed: no space left on device: \\Q" + out + "\\E; \\d of 4 runs recorded in \\Q"
                                + out + "\\E; make room and run the same command again to continue");

                disk.makeRoom();
                CliRunner resumed = CliRunner.run(sweep);
                assertThat(resumed.status()).as(resumed.err()).isZero();
                assertThat(resumed.out()).contains("published by an earlier start").contains("(4 runs: 4 done, 0 failed; ");
            } finally {
                worker.destroy();
                assertThat(worker.waitFor(30, TimeUnit.SECONDS)).isTrue();
            }
            List<RunRecord> records = Files.readAllLines(out.resolve("results.jsonl")).stream().map(RunRecord::fromJson).toList();
            assertThat(records).extracting(RunRecord::run).containsExactlyElementsOf(IntStream.range(0, RUNS).boxed().toList());
            assertThat(Pattern.compile("run \\S+ started").matcher(Files.readString(log)).results().count())
                    .as("no job was run twice").isEqualTo(RUNS);
        }
    }

    private Process workerProcess(LocalBroker broker, Path out, Path log) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Agora.class.getName()));
        command.addAll(workerArguments(broker, out));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }
}
