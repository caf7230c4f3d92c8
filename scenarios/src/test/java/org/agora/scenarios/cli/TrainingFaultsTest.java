package org.agora.scenarios.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.agora.core.run.SmallDisk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code agora train} where its output cannot go: a full disk names the cause (status 1) and the
 * same command succeeds once there is room; a path that cannot hold output is bad input
 * (status 2), in one line, before any training.
 */
class TrainingFaultsTest {

    @TempDir
    Path dir;

    /** A training of two episodes of a small network, {@code tiny.yaml} in {@code dir}: seconds. */
    static Path tinyTraining(Path dir) throws IOException {
        return Files.writeString(dir.resolve("tiny.yaml"), """
                algorithm: mappo
                scenario: {density: easy, safetyModule: false}
                episodes: 2
                seed: 3
                evaluation: {interval: 2, count: 1}
                hyperparameters: {hiddenSize: 8}
                """);
    }

    @Test
    void aTrainingOnAFullDiskNamesTheCauseAndTheSameCommandSucceedsOnceThereIsRoom() throws Exception {
        Path file = tinyTraining(dir);
        try (SmallDisk disk = SmallDisk.mount(dir, "1m")) {
            Path out = disk.path().resolve("train");
            disk.fillUp();

            CliRunner full = CliRunner.run("train", file.toString(), "--out", out.toString());
            assertThat(full.status()).as(full.err()).isEqualTo(1);
            assertThat(full.errLines()).singleElement().asString()
                    .startsWith("agora train: failed: cannot write " + out)
                    .contains("no space left on device")
                    .endsWith("; make room and run the same command again");
            try (var files = Files.list(out)) {
                assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".tmp"));
            }

            disk.makeRoom();
            CliRunner again = CliRunner.run("train", file.toString(), "--out", out.toString());
            assertThat(again.status()).as(again.err()).isZero();
            assertThat(out.resolve("policy.json")).exists();
        }
    }

    @Test
    void anOutputPathThatIsAFileOrReadOnlyIsBadInputBeforeAnyTraining() throws Exception {
        Path file = tinyTraining(dir);
        Path aFile = Files.writeString(dir.resolve("a-file"), "x");
        CliRunner onAFile = CliRunner.run("train", file.toString(), "--out", aFile.toString());
        assertThat(onAFile.status()).as(onAFile.err()).isEqualTo(2);
        assertThat(onAFile.errLines()).singleElement().asString().startsWith("agora train: ").contains(aFile.toString())
                .doesNotContain("internal error");
        assertThat(onAFile.out()).as("no training started").isEmpty();

        try (SmallDisk disk = SmallDisk.mount(dir, "1m")) {
            Path out = Files.createDirectories(disk.path().resolve("train"));
            disk.readOnly();
            CliRunner readOnly = CliRunner.run("train", file.toString(), "--out", out.toString());
            assertThat(readOnly.status()).as(readOnly.err()).isEqualTo(2);
            assertThat(readOnly.errLines()).singleElement().asString().startsWith("agora train: ").contains(out.toString())
                    .contains("read-only file system").doesNotContain("internal error");
        }
    }
}
