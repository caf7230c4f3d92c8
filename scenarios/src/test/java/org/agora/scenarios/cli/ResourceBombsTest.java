package org.agora.scenarios.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.agora.agents.llm.ChatServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that would run for hours or fill a disk: estimated by validate, refused past a limit the user can raise. */
class ResourceBombsTest {

    @TempDir
    Path dir;

    @Test
    void validatePrintsTheExpectedEventsAndBytesOfARun() throws Exception {
        Path file = Files.writeString(dir.resolve("small.yaml"), "scenario: test-walkers\nuntil: 20\n");
        CliRunner result = CliRunner.run("validate", file.toString());
        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.out()).containsPattern("a run writes [\\d,]+ events, [\\d.]+ [KM]?B");
    }

    @Test
    void aTinyIntervalIsRefusedUntilTheLimitIsRaised() throws Exception {
        Path file = Files.writeString(dir.resolve("bomb.yaml"),
                "scenario: test-walkers\nuntil: 100000\nparameters: {interval: 1e-6}\n");
        long start = System.nanoTime();
        CliRunner refused = CliRunner.run("validate", file.toString());
        assertThat(System.nanoTime() - start).as("estimated in moments").isLessThan(15_000_000_000L);
        assertThat(refused.status()).isEqualTo(2);
        assertThat(refused.errLines()).singleElement().asString().startsWith("agora validate: " + file + ": a run would write about ")
                .contains("more than --max-output 4.0 GB");

        CliRunner raised = CliRunner.run("validate", file.toString(), "--max-output", "1000000 TB");
        assertThat(raised.status()).as(raised.err()).isZero();
        assertThat(raised.out()).contains("a run writes about ");

        CliRunner badSize = CliRunner.run("validate", file.toString(), "--max-output", "lots");
        assertThat(badSize.errLines()).containsExactly("agora validate: --max-output: 'lots' is not a size (for example 500 MB or 20 GB)");
    }

    @Test
    void aSocietyOfLanguageModelMembersIsNotRunToEstimateIt() throws Exception {
        try (ChatServer server = ChatServer.start()) {
            Path file = Files.writeString(dir.resolve("llm.yaml"), "scenario: govsim-fishery\nuntil: 12 months\n"
                    + "population:\n  - {kind: llm, count: 5, model: m}\n"
                    + "llm: {endpoint: '" + server.baseUrl() + "', cacheMode: 'off', cache: '" + dir.resolve("cache") + "'}\n");
            CliRunner result = CliRunner.run("validate", file.toString());
            assertThat(result.status()).as(result.err()).isZero();
            assertThat(result.out()).contains("valid").contains("no estimate of its size");
            assertThat(server.requests()).as("calls made by validate").isZero();
        }
    }
}
