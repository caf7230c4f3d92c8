package org.agora.scenarios.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.agora.agents.llm.ChatServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code agora run} prints about a run's language-model calls, so that a replay is seen to cost nothing. */
class LanguageModelLineTest {

    @TempDir
    Path dir;

    @Test
    void aRunPrintsItsCallsTokensAndCacheHitsAndItsReplayShowsEveryAnswerFromTheCache() throws Exception {
        try (ChatServer server = ChatServer.start()) {
            Path file = Files.writeString(dir.resolve("llm.yaml"), "scenario: govsim-fishery\nuntil: 1 months\n"
                    + "population:\n  - {kind: llm, count: 2, model: m}\n"
                    + "llm: {endpoint: '" + server.baseUrl() + "', cache: '" + dir.resolve("cache") + "'}\n");

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
            Path file = Files.writeString(dir.resolve("llm.yaml"), "scenario: govsim-fishery\nuntil: 3 months\n"
                    + "population:\n  - {kind: llm, count: 2, model: m}\n"
                    + "llm: {endpoint: '" + server.baseUrl() + "', cacheMode: 'off', tokenBudget: 3000}\n");

            CliRunner stopped = CliRunner.run("run", file.toString(), "--out", dir.resolve("run").toString());
            assertThat(stopped.status()).isEqualTo(1);
            assertThat(stopped.err()).contains("token budget spent");
            assertThat(stopped.out()).containsPattern("(?m)^language models: \\d+ calls answered, 0 from the cache and \\d+ by the endpoint");
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
