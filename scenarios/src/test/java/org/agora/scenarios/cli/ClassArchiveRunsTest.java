package org.agora.scenarios.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher's class-archive commands still name runnable scenarios, one of each family. */
class ClassArchiveRunsTest {

    @Test
    void everyCommandSucceedsAndEachRunWritesItsEvents(@TempDir Path directory) throws IOException {
        assertThat(ClassArchiveRuns.run(directory)).isZero();

        for (int i = 0; i < ClassArchiveRuns.COMMANDS.size(); i++) {
            if (ClassArchiveRuns.COMMANDS.get(i).get(0).equals("run")) {
                Path events = directory.resolve("run-" + i).resolve("events.jsonl");
                assertThat(events).as(String.join(" ", ClassArchiveRuns.COMMANDS.get(i))).exists();
                assertThat(Files.size(events)).isPositive();
            }
        }
    }

    @Test
    void aCommandThatFailsGivesItsStatus(@TempDir Path directory) throws IOException {
        // a run directory that is a file: the first run cannot write there
        Files.writeString(directory.resolve("run-1"), "in the way");
        assertThat(ClassArchiveRuns.run(directory)).isNotZero();
    }
}
