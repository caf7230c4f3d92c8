package org.agora.scenarios.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.agora.core.run.SmallDisk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command that writes where it is told refuses an output path that cannot be one (empty,
 * a file) as bad input: one line naming the option, status 2, before it trains, runs or
 * contacts a broker, and without writing into the current directory.
 */
class OutputPathsTest {

    private static final String SWEEP = "src/test/resources/experiments/walkers-grid.yaml";

    @TempDir
    Path dir;

    @Test
    void anEmptyOutputPathIsRefusedByEveryCommandThatWrites() throws IOException {
        List<List<String>> commands = List.of(
                List.of("sweep", SWEEP, "--out", ""),
                List.of("train", TrainingFaultsTest.tinyTraining(dir).toString(), "--out", ""),
                List.of("train", TrainingFaultsTest.tinyTraining(dir).toString(), "--dry-run", "--out", ""),
                List.of("worker", "--kafka", "127.0.0.1:1", "--out", ""));
        for (List<String> command : commands) {
            CliRunner result = CliRunner.run(command.toArray(String[]::new));
            assertThat(result.status()).as("%s: %s", command, result.err()).isEqualTo(2);
            assertThat(result.errLines()).as("%s", command).singleElement().asString()
                    .isEqualTo("agora " + command.get(0) + ": --out: an empty path: name a directory");
            assertThat(result.out()).as("%s", command).isEmpty();
        }
    }

    @Test
    void aWorkerWhoseOutputDirectoryIsReadOnlySaysSoBeforeItTakesAJob() throws Exception {
        try (SmallDisk disk = SmallDisk.mount(dir, "1m")) {
            Path out = Files.createDirectories(disk.path().resolve("runs"));
            disk.readOnly();
            CliRunner result = CliRunner.run("worker", "--kafka", "127.0.0.1:1", "--out", out.toString());
            assertThat(result.status()).as(result.err()).isEqualTo(2);
            assertThat(result.errLines()).singleElement().asString()
                    .isEqualTo("agora worker: --out: cannot write in the directory " + out + " (read-only file system)");
        }
    }

    @Test
    void aFileAsOutputDirectoryIsRefusedBeforeAnyWork() throws IOException {
        Path aFile = Files.writeString(dir.resolve("a-file"), "x");
        List<List<String>> commands = List.of(
                List.of("train", TrainingFaultsTest.tinyTraining(dir).toString(), "--out", aFile.toString()),
                List.of("train", TrainingFaultsTest.tinyTraining(dir).toString(), "--dry-run", "--out", aFile.toString()),
                List.of("worker", "--kafka", "127.0.0.1:1", "--out", aFile.toString()));
        for (List<String> command : commands) {
            CliRunner result = CliRunner.run(command.toArray(String[]::new));
            assertThat(result.status()).as("%s: %s", command, result.err()).isEqualTo(2);
            assertThat(result.errLines()).as("%s", command).singleElement().asString()
                    .isEqualTo("agora " + command.get(0) + ": --out: " + aFile + " is a file, not a directory");
            assertThat(aFile).hasContent("x");
        }
    }
}
