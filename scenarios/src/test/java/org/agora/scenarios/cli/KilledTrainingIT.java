package org.agora.scenarios.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A training killed without warning (SIGKILL, as the OOM killer does) between checkpoints: its
 * checkpoint is whole, {@code train --resume} continues from it, and what it writes equals an
 * uninterrupted training of the same file.
 */
class KilledTrainingIT {

    @TempDir
    Path dir;

    @Test
    void aTrainingKilledBetweenCheckpointsResumesToWhatAnUninterruptedOneWrites() throws Exception {
        Path file = Files.writeString(dir.resolve("tiny.yaml"), """
                algorithm: mappo
                scenario: {density: easy, safetyModule: false}
                episodes: 40
                seed: 5
                evaluation: {interval: 20, count: 1}
                checkpointInterval: 3
                hyperparameters: {hiddenSize: 8}
                """);
        Path killed = dir.resolve("killed");
        Process training = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Agora.class.getName(), "train", file.toString(),
                "--out", killed.toString()))
                .redirectErrorStream(true).redirectOutput(dir.resolve("train.log").toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
            while (!Files.exists(killed.resolve("checkpoint.json")) && training.isAlive()) {
                assertThat(System.nanoTime()).as("waiting for a first checkpoint").isLessThan(deadline);
                Thread.sleep(10);
            }
            // killed at once: past the first checkpoint (episode 3 of 40), in the middle of the next ones;
            // a pause here let a quiet machine finish all 40 episodes first
            assertThat(training.isAlive()).as("still training: " + Files.readString(dir.resolve("train.log"))).isTrue();
        } finally {
            training.destroyForcibly();
            assertThat(training.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }

        CliRunner resumed = CliRunner.run("train", file.toString(), "--out", killed.toString(), "--resume");
        assertThat(resumed.status()).as(resumed.out() + resumed.err()).isZero();
        assertThat(resumed.out()).contains("episode 40/40");

        Path whole = dir.resolve("whole");
        CliRunner uninterrupted = CliRunner.run("train", file.toString(), "--out", whole.toString());
        assertThat(uninterrupted.status()).as(uninterrupted.err()).isZero();
        for (String name : List.of("policy.json", "learning-curve.csv", "events.jsonl")) {
            assertThat(killed.resolve(name)).as(name).hasSameTextualContentAs(whole.resolve(name));
        }
        try (var files = Files.list(killed)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".tmp"));
        }
    }
}
