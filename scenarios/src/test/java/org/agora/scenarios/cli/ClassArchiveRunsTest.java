package org.agora.scenarios.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's class-archive commands still name runnable scenarios, one of each family, and the
 * language-model society reaches every purpose of a call.
 */
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
        String society = Files.readString(directory.resolve(ClassArchiveRuns.LANGUAGE_MODEL_RUN).resolve("events.jsonl"));
        for (String purpose : List.of("act", "converse", "summary", "limit", "reflect")) {
            assertThat(society).as("a call to " + purpose).contains("\"purpose\":\"" + purpose + "\"");
        }
        JsonNode calls = new ObjectMapper().readTree(directory.resolve(ClassArchiveRuns.LANGUAGE_MODEL_RUN).resolve("manifest.json").toFile())
                .findValue("llm");
        assertThat(calls.get("reasks").asLong()).as("every purpose read the rehearsal's one reply").isZero();
        assertThat(calls.get("fallbacks")).isEmpty();
        assertThat(calls.get("endpointCalls").asLong()).isPositive();
    }

    @Test
    void aCommandThatFailsGivesItsStatus(@TempDir Path directory) throws IOException {
        // a run directory that is a file: the first run cannot write there
        Files.writeString(directory.resolve("run-1"), "in the way");
        assertThat(ClassArchiveRuns.run(directory)).isNotZero();
    }
}
