package org.agora.scenarios.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.agora.agents.llm.ChatServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a researcher sees of language-model costs: the line {@code agora run} prints (a replay is seen to cost
 * nothing) and the calls and tokens a sweep tabulates beside the outcomes.
 */
class LanguageModelCostsTest {

    @TempDir
    Path dir;

    /** A scenario file: two language-model fishers for {@code months} against {@code server}, with more llm keys. */
    private Path society(ChatServer server, int months, String llmKeys) throws IOException {
        return Files.writeString(dir.resolve("society.yaml"), "scenario: govsim-fishery\nuntil: " + months + " months\n"
                + "population:\n  - {kind: llm, count: 2, model: m}\n"
                + "llm: {endpoint: '" + server.baseUrl() + "', " + llmKeys + "}\n");
    }

    @Test
    void aRunPrintsItsCallsTokensAndCacheHitsAndItsReplayShowsEveryAnswerFromTheCache() throws Exception {
        try (ChatServer server = ChatServer.start()) {
            Path file = society(server, 1, "cache: '" + dir.resolve("cache") + "'");

            CliRunner live = CliRunner.run("run", file.toString(), "--out", dir.resolve("live").toString());
            assertThat(live.status()).as(live.err()).isZero();
            int asked = server.requests();
            assertThat(asked).isPositive();
            assertThat(live.out()).containsPattern("(?m)^language models: " + asked + " calls answered, 0 from the cache and " + asked
                    + " by the endpoint; [\\d,]+ tokens \\([\\d,]+ prompt, [\\d,]+ completion\\); 0 re-asks, 0 fallbacks; "
                    + "[\\d.]+ s waiting for answers$");

            CliRunner replay = CliRunner.run("run", file.toString(), "--out", dir.resolve("replay").toString());
            assertThat(replay.status()).as(replay.err()).isZero();
            assertThat(server.requests()).as("asked again").isEqualTo(asked);
            assertThat(replay.out()).contains("language models: " + asked + " calls answered, " + asked + " from the cache and 0 by the endpoint");
        }
    }

    @Test
    void aRunThatStopsStillPrintsWhatItsCallsCost() throws Exception {
        try (ChatServer server = ChatServer.start()) {
            Path file = society(server, 3, "cacheMode: 'off', tokenBudget: 3000");

            CliRunner stopped = CliRunner.run("run", file.toString(), "--out", dir.resolve("run").toString());
            assertThat(stopped.status()).isEqualTo(1);
            assertThat(stopped.err()).contains("token budget spent");
            assertThat(stopped.out()).containsPattern("(?m)^language models: \\d+ calls answered, 0 from the cache and \\d+ by the endpoint");
        }
    }

    @Test
    void aSweepTabulatesEachRunsCallsAndTokensAndTheNormsReminderCostsTokens() throws Exception {
        try (ChatServer server = ChatServer.start()) {
            Path scenario = society(server, 1, "cacheMode: 'off'");
            Path experiment = Files.writeString(dir.resolve("costs.yaml"), "scenario: " + scenario + "\n"
                    + "grid:\n  universalization: [false, true]\nmetrics: [gainMean, llmCalls, llmTokens]\n");

            CliRunner sweep = CliRunner.run("sweep", experiment.toString(), "--out", dir.resolve("sweep").toString());
            assertThat(sweep.status()).as(sweep.err()).isZero();
            List<String> rows = Files.readAllLines(dir.resolve("sweep").resolve("results.csv"));
            List<String> columns = List.of(rows.get(0).split(","));
            assertThat(columns).contains("llmCalls", "llmTokens");
            long[] tokens = new long[2];
            long calls = 0;
            for (String row : rows.subList(1, rows.size())) {
                String[] cells = row.split(",");
                int point = Integer.parseInt(cells[columns.indexOf("point")]);
                calls += Long.parseLong(cells[columns.indexOf("llmCalls")]);
                tokens[point] = Long.parseLong(cells[columns.indexOf("llmTokens")]);
            }
            assertThat(calls).as("every call of both runs").isEqualTo(server.requests());
            assertThat(tokens[1]).as("the universalization reminder lengthens the prompts").isGreaterThan(tokens[0]);
        }
    }

    @Test
    void aRunWithoutLanguageModelsPrintsNoSuchLine() throws Exception {
        Path file = Files.writeString(dir.resolve("rules.yaml"), "scenario: govsim-fishery\nuntil: 2 months\n");
        CliRunner run = CliRunner.run("run", file.toString(), "--out", dir.resolve("run").toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).doesNotContain("language models");
    }
}
