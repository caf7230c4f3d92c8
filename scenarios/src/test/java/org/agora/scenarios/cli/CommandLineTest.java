package org.agora.scenarios.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Command;

class CommandLineTest {

    @TempDir
    Path dir;

    private static final String GOOD = "src/test/resources/good/walkers.yaml";

    @Test
    void aCommandLineNamingASubcommandHoldsThatSubcommandAloneAndAnyOtherHoldsThemAll() {
        PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
        assertThat(Agora.commandLine("run", nowhere, nowhere).getSubcommands().keySet()).containsExactly("run");
        List<String> all = Agora.COMMANDS.stream()
                .map(command -> command.getAnnotation(Command.class).name()).toList();
        assertThat(all).contains("list", "run", "sweep", "train");
        assertThat(Agora.commandLine(null, nowhere, nowhere).getSubcommands().keySet()).containsAll(all);
        assertThat(Agora.commandLine("rnu", nowhere, nowhere).getSubcommands().keySet()).containsAll(all);
        assertThat(Agora.commandLine("--help", nowhere, nowhere).getSubcommands().keySet()).containsAll(all);
    }

    @Test
    void theHelpOfACommandAndTheTopLevelHelpAreAsBefore() {
        CliRunner run = CliRunner.run("run", "--help");
        assertThat(run.status()).isZero();
        assertThat(run.out()).startsWith("Usage: agora run ");
        CliRunner top = CliRunner.run("--help");
        assertThat(top.status()).isZero();
        assertThat(top.out()).contains("Commands:", "  list ", "  run ", "  sweep ", "  evaluate ");
        CliRunner typo = CliRunner.run("rnu");
        assertThat(typo.status()).isEqualTo(Agora.BAD_INPUT);
        assertThat(typo.err()).contains("Unmatched argument at index 0: 'rnu'");
    }

    @Test
    void listShowsEveryScenarioOnOneLine() {
        CliRunner result = CliRunner.run("list");
        assertThat(result.status()).isZero();
        assertThat(result.out().lines()).anyMatch(line -> line.matches("\\s*test-walkers\\s+Test scenario: random walkers on a line"));
    }

    @Test
    void describeShowsParametersPopulationEventsAndMetrics() {
        CliRunner result = CliRunner.run("describe", "test-walkers");
        assertThat(result.status()).isZero();
        assertThat(result.out())
                .contains("interval", "duration", "> 0", "time between two steps of a walker")
                .contains("mood", "calm | restless")
                .contains("walker: a random walker", "stepSize", "[0, 100]", "population here: 3 × walker")
                .contains("WalkerStepped (step, position)")
                .contains("meanPosition [m]: mean final position")
                .contains("Actions (under 'interventions:', each - {at: TIME or round: N, action: A, ...}; a round is 5 s):")
                .contains("teleport: move walkers to a position", "position", "a walker's id, or all");
    }

    @Test
    void describeShowsAScenariosOwnBlocksAndTheLanguageModelKind() {
        CliRunner result = CliRunner.run("describe", "govsim-fishery-llm");
        assertThat(result.status()).isZero();
        assertThat(result.out())
                .contains("llm: a language model decides")
                .contains("Blocks of its own (top-level keys; set one key with --set BLOCK.KEY=VALUE):")
                .contains("  llm: language-model members: endpoint, key, sampling, cache, concurrency, budget, prompts (given here)");
    }

    @Test
    void describeOfAFileShowsItsValuesBesideTheDefaults() {
        CliRunner result = CliRunner.run("describe", GOOD);
        assertThat(result.status()).isZero();
        assertThat(result.out()).contains("walkers (scenario test-walkers): Three calm walkers for a short while")
                .containsPattern("interval\\s+duration\\s+0.5\\s+1\\s+s");
    }

    @Test
    void theSharedOptionBlocksReadTheSameInEveryCommand() {
        assertThat(help("run")).contains("SCENARIO", "--seed=N", "--set=NAME=VALUE", "--until=TIME",
                "the run seed (default: the file's, or 1)");
        for (String command : List.of("run", "resend", "sweep", "worker")) {
            assertThat(help(command)).as(command)
                    .contains("--kafka-property=KEY=VALUE a Kafka client property, for example security.")
                    .contains("--kafka-config=FILE a properties file of Kafka client properties (SASL, TLS, ...)");
        }
    }

    /** A command's help, with picocli's line wrapping undone. */
    private static String help(String command) {
        return CliRunner.run(command, "--help").out().replaceAll("\\s+", " ");
    }

    @Test
    void validateAcceptsAGoodFile() {
        CliRunner result = CliRunner.run("validate", GOOD);
        assertThat(result.status()).isZero();
        assertThat(result.out()).contains("valid (scenario test-walkers, seed 4, until 20 s, 3 in the population)");
    }

    @Test
    void validateSaysAMonthlySocietysStopTimeInMonths() {
        CliRunner result = CliRunner.run("validate", "govsim-fishery", "--no-estimate");
        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.out()).contains("until 12 months,");
    }

    @Test
    void runWritesTheRunDirectoryAndReportsTheSummary() throws IOException {
        Path out = dir.resolve("r");
        CliRunner result = CliRunner.run("run", GOOD, "--out", out.toString(), "--seed", "9", "--set", "mood=restless", "--until", "10 s");
        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.out()).startsWith("done: " + out).containsPattern("steps\\s+60");
        JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        assertThat(manifest.get("seed").asLong()).isEqualTo(9);
        assertThat(manifest.get("untilSeconds").asDouble()).isEqualTo(10);
        assertThat(manifest.get("parameters").get("mood").asText()).isEqualTo("restless");
        assertThat(manifest.get("status").asText()).isEqualTo("done");
        assertThat(out.resolve("events.jsonl")).exists();
        assertThat(out.resolve("summary.json")).exists();
    }

    @Test
    void twoRunsWithOneSeedWriteTheSameBytesAndAnotherSeedDoesNot() throws IOException {
        for (String[] run : List.of(new String[] {"a", "5"}, new String[] {"b", "5"}, new String[] {"c", "6"})) {
            assertThat(CliRunner.run("run", GOOD, "--seed", run[1], "--out", dir.resolve(run[0]).toString()).status()).isZero();
        }
        byte[] a = Files.readAllBytes(dir.resolve("a/events.jsonl"));
        assertThat(Files.readAllBytes(dir.resolve("b/events.jsonl"))).isEqualTo(a);
        assertThat(Files.readAllBytes(dir.resolve("c/events.jsonl"))).isNotEqualTo(a);
    }

    @Test
    void theDefaultRunDirectoryIsNamedAfterTheRunId() throws IOException {
        CliRunner result = CliRunner.run("run", "test-walkers", "--until", "2");
        assertThat(result.status()).isZero();
        String directory = result.out().lines().findFirst().orElseThrow().replaceFirst("done: (\\S+) .*", "$1");
        assertThat(Path.of(directory)).startsWith(Path.of("runs")).exists();
        assertThat(Path.of(directory).getFileName().toString()).startsWith("test-walkers-s1-");
        org.assertj.core.util.Files.delete(Path.of(directory).toFile());
    }

    @Test
    void aFailedRunExitsWithOneAndSaysWhereTheManifestIs() {
        CliRunner result = CliRunner.run("run", "test-walkers", "--set", "failAt=3", "--out", dir.resolve("f").toString());
        assertThat(result.status()).isEqualTo(1);
        assertThat(result.errLines()).hasSize(1);
        assertThat(result.err()).startsWith("agora run: failed: IllegalStateException: walkers told to fail at 3.0 s")
                .contains(dir.resolve("f/manifest.json").toString());
    }

    @Test
    void versionNamesAgoraMasonAndJava() {
        CliRunner result = CliRunner.run("--version");
        assertThat(result.out()).startsWith("agora 0.").contains("MASON 18", "Java 17");
    }
}
