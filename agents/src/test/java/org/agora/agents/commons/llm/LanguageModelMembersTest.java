package org.agora.agents.commons.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.agora.agents.commons.events.AgreementReached;
import org.agora.agents.commons.events.HarvestAllocated;
import org.agora.agents.commons.events.UtteranceMade;
import org.agora.agents.llm.CallPurpose;
import org.agora.agents.llm.ChatServer;
import org.agora.agents.llm.LanguageModelCalled;
import org.agora.agents.llm.LanguageModelSession;
import org.agora.agents.llm.MemoryEmbeddings;
import org.agora.agents.llm.ResponseCache;
import org.agora.core.config.BadInputException;
import org.agora.core.run.HeadlessRun;
import org.agora.core.run.JsonFiles;
import org.agora.core.run.RunResult;
import org.agora.core.run.RunStatus;
import org.agora.core.scenario.EventSummary;
import org.agora.core.sink.EventJsonCodec;
import org.agora.core.source.JsonLinesSource;
import org.agora.core.source.ReadOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Language-model members against a real OpenAI-compatible server on 127.0.0.1 whose answers
 * follow from the prompts ({@link org.agora.agents.llm.CommonsRule}): every phase of the month,
 * replay from the cache, concurrency, each failure mode's documented outcome, and no leaked key.
 */
class LanguageModelMembersTest {

    private static ChatServer server;

    @TempDir
    Path dir;

    @BeforeAll
    static void startServer() {
        server = ChatServer.start();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    private static List<org.agora.core.event.Event> events(Path runDirectory) {
        List<org.agora.core.event.Event> all = new java.util.ArrayList<>();
        try (JsonLinesSource source = new JsonLinesSource(runDirectory.resolve(HeadlessRun.EVENTS_FILE),
                EventJsonCodec.installed(), ReadOptions.failOnBadRecords())) {
            for (var event = source.next(Duration.ZERO); event.isPresent(); event = source.next(Duration.ZERO)) {
                all.add(event.get());
            }
        }
        return all;
    }

    private static <T> List<T> ofType(List<org.agora.core.event.Event> events, Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> llmReport(RunResult result) {
        return (Map<String, Object>) result.manifest().model().get("llm");
    }

    @Test
    void aFiveMemberSocietyGoesThroughEveryPhaseAndItsDecisionsFollowFromThePrompts() {
        RunResult result = LanguageRuns.run(LanguageRuns.fishery(5, 3, server.baseUrl(), dir.resolve("cache"), ""),
                dir.resolve("run"));

        assertThat(result.status()).as(result.reason()).isEqualTo(RunStatus.DONE);
        var events = events(dir.resolve("run"));
        assertThat(ofType(events, LanguageModelCalled.class)).extracting(LanguageModelCalled::purpose)
                .contains(CallPurpose.ACT, CallPurpose.CONVERSE, CallPurpose.SUMMARY, CallPurpose.LIMIT, CallPurpose.REFLECT);
        // Month 1: the pool holds 100 and the rule asks for the sustainable share, 100 / (2 * 5).
        assertThat(ofType(events, HarvestAllocated.class)).filteredOn(h -> h.round() == 1)
                .extracting(HarvestAllocated::requested).containsOnly(10);
        assertThat(ofType(events, UtteranceMade.class)).isNotEmpty()
                .allSatisfy(u -> assertThat(u.text()).contains("at most 10"));
        assertThat(ofType(events, AgreementReached.class)).extracting(AgreementReached::limit).containsOnly(10);
        Map<String, Object> report = llmReport(result);
        assertThat(((Number) report.get("calls")).longValue()).isEqualTo(ofType(events, LanguageModelCalled.class).size());
        assertThat(dir.resolve("run").resolve(LanguageModelSession.TRANSCRIPT_FILE)).isNotEmptyFile();
    }

    @Test
    void theSummaryCountsTheCallsAndTheirTokensAsTheEventsDoAndRuleBasedRunsCountNone() {
        RunResult result = LanguageRuns.run(LanguageRuns.fishery(3, 2, server.baseUrl(), dir.resolve("cache"), ""),
                dir.resolve("run"));
        assertThat(result.status()).as(result.reason()).isEqualTo(RunStatus.DONE);

        var events = events(dir.resolve("run"));
        List<LanguageModelCalled> calls = ofType(events, LanguageModelCalled.class);
        long tokens = calls.stream().mapToLong(c -> c.promptTokens() + c.completionTokens()).sum();
        assertThat(tokens).isPositive();
        assertThat(result.summary()).containsEntry("llmCalls", (long) calls.size()).containsEntry("llmTokens", tokens);
        EventSummary fromEvents = LanguageRuns.CATALOG.scenario("govsim-fishery").orElseThrow().summaryFromEvents().orElseThrow();
        events.forEach(fromEvents::accept);
        assertThat(fromEvents.summary()).as("recomputed from the events").isEqualTo(result.summary());

        RunResult rules = LanguageRuns.run("scenario: govsim-fishery\nuntil: 2 months\n", dir.resolve("rules"));
        assertThat(rules.status()).as(rules.reason()).isEqualTo(RunStatus.DONE);
        assertThat(rules.summary()).containsEntry("llmCalls", 0L).containsEntry("llmTokens", 0L);
    }

    @Test
    void aReplayFromTheCacheIsByteIdenticalWithTheServerStopped() throws IOException {
        Path cache = dir.resolve("cache");
        try (ChatServer own = ChatServer.start()) {
            RunResult live = LanguageRuns.run(LanguageRuns.fishery(5, 2, own.baseUrl(), cache, ""), dir.resolve("live"));
            assertThat(live.status()).as(live.reason()).isEqualTo(RunStatus.DONE);
        }
        RunResult replay = LanguageRuns.run(LanguageRuns.fishery(5, 2, "http://127.0.0.1:9/v1", cache,
                "  cacheMode: replay-only\n"), dir.resolve("replay"));

        assertThat(replay.status()).as(replay.reason()).isEqualTo(RunStatus.DONE);
        assertThat(Files.readAllBytes(dir.resolve("replay").resolve(HeadlessRun.EVENTS_FILE)))
                .isEqualTo(Files.readAllBytes(dir.resolve("live").resolve(HeadlessRun.EVENTS_FILE)));
        assertThat(llmReport(replay).get("cacheHits")).isEqualTo(llmReport(replay).get("calls"));
    }

    @Test
    void runsOfOneProcessShareVectorsAndEachCacheStillKeepsThoseItsRunUsed() throws IOException {
        try (ChatServer own = ChatServer.start()) {
            RunResult first = LanguageRuns.run(LanguageRuns.fishery(5, 3, own.baseUrl(), dir.resolve("cache-a"), ""),
                    dir.resolve("first"));
            RunResult second = LanguageRuns.run(LanguageRuns.fishery(5, 3, own.baseUrl(), dir.resolve("cache-b"), ""),
                    dir.resolve("second"));
            assertThat(first.status()).as(first.reason()).isEqualTo(RunStatus.DONE);
            assertThat(second.status()).as(second.reason()).isEqualTo(RunStatus.DONE);
        }
        try (ResponseCache cache = ResponseCache.open(dir.resolve("cache-b"))) {
            assertThat(cache.embedding("how many tons of fish to catch this month"))
                    .as("a vector the second run took from the first is kept in its own cache").isNotNull().hasSize(384);
        }
        RunResult replay = LanguageRuns.run(LanguageRuns.fishery(5, 3, "http://127.0.0.1:9/v1", dir.resolve("cache-b"),
                "  cacheMode: replay-only\n"), dir.resolve("replay"));

        assertThat(replay.status()).as(replay.reason()).isEqualTo(RunStatus.DONE);
        assertThat(Files.readAllBytes(dir.resolve("second").resolve(HeadlessRun.EVENTS_FILE)))
                .isEqualTo(Files.readAllBytes(dir.resolve("first").resolve(HeadlessRun.EVENTS_FILE)))
                .isEqualTo(Files.readAllBytes(dir.resolve("replay").resolve(HeadlessRun.EVENTS_FILE)));
    }

    @Test
    void theEmbeddingModelCanBeChosenAndItsVectorsAreKeptApartFromTheDefaultModelsInOneCache() throws IOException {
        // Two memories a prompt: from the second month on, retrieval ranks, so the act's query is embedded.
        String ranked = "  memories: 2\n";
        String quantized = ranked + "  embeddings: all-minilm-l6-v2-q\n";
        Path cache = dir.resolve("cache");
        RunResult fresh = LanguageRuns.run(LanguageRuns.fishery(5, 3, server.baseUrl(), dir.resolve("fresh-cache"), ranked),
                dir.resolve("fresh"));
        RunResult withQuantized = LanguageRuns.run(LanguageRuns.fishery(5, 3, server.baseUrl(), cache, quantized),
                dir.resolve("quantized"));
        RunResult afterIt = LanguageRuns.run(LanguageRuns.fishery(5, 3, server.baseUrl(), cache, ranked),
                dir.resolve("published"));
        assertThat(List.of(fresh, withQuantized, afterIt)).allSatisfy(
                run -> assertThat(run.status()).as(run.reason()).isEqualTo(RunStatus.DONE));

        assertThat(Files.readAllBytes(dir.resolve("published").resolve(HeadlessRun.EVENTS_FILE)))
                .as("a run with the default model finds none of the quantized model's vectors in the cache they share")
                .isEqualTo(Files.readAllBytes(dir.resolve("fresh").resolve(HeadlessRun.EVENTS_FILE)));
        String query = "how many tons of fish to catch this month";
        try (ResponseCache kept = ResponseCache.open(cache)) {
            float[] published = kept.embedding(query);
            float[] ofQuantized = kept.embedding(MemoryEmbeddings.ALL_MINILM_L6_V2_Q.key(query));
            assertThat(published).isNotNull().hasSize(384);
            assertThat(ofQuantized).isNotNull().hasSize(384).isNotEqualTo(published);
        }
        assertThat(readJson(dir.resolve("quantized").resolve("manifest.json")).get("runId").asText())
                .as("the model shapes the events, so it names a run of its own")
                .isNotEqualTo(readJson(dir.resolve("fresh").resolve("manifest.json")).get("runId").asText());

        RunResult replay = LanguageRuns.run(LanguageRuns.fishery(5, 3, "http://127.0.0.1:9/v1", cache,
                quantized + "  cacheMode: replay-only\n"), dir.resolve("replay"));
        assertThat(replay.status()).as(replay.reason()).isEqualTo(RunStatus.DONE);
        assertThat(Files.readAllBytes(dir.resolve("replay").resolve(HeadlessRun.EVENTS_FILE)))
                .isEqualTo(Files.readAllBytes(dir.resolve("quantized").resolve(HeadlessRun.EVENTS_FILE)));
    }

    @Test
    void withoutAnEmbeddingModelMemoriesAreRankedByRecencyAndImportanceAndNothingIsEmbedded() {
        try (ChatServer own = ChatServer.start()) {
            RunResult result = LanguageRuns.run(LanguageRuns.fishery(5, 3, own.baseUrl(), dir.resolve("cache"),
                    "  memories: 2\n  embeddings: none\n"), dir.resolve("run"));

            assertThat(result.status()).as(result.reason()).isEqualTo(RunStatus.DONE);
            // Month 3's act, with more live memories than two: February's agreement (always kept) and the one
            // other that ranks first on recency and importance alone, January's agreement (importance 10,
            // recency 0.25: 1.25), ahead of February's insights (0.6 + 0.51) and summary (0.5 + 0.51).
            String agreement = "The fishers agreed that each of them will catch at most 10 tons of fish per month.";
            assertThat(own.prompts())
                    .filteredOn(prompt -> prompt.contains("It is 2024-03-01, at the lake.")
                            && prompt.contains("how many tons of fish you catch this month"))
                    .hasSize(5)
                    .allSatisfy(prompt -> assertThat(prompt).contains("What you remember:\n- 2024-01-01: " + agreement
                            + "\n- 2024-02-01: " + agreement + "\n\n"));
        }
        try (ResponseCache kept = ResponseCache.open(dir.resolve("cache"))) {
            assertThat(kept.embedding("how many tons of fish to catch this month")).isNull();
        }
        assertThat(readJson(dir.resolve("run").resolve("manifest.json")).at("/model/llm/settings/embeddings").asText())
                .isEqualTo("none");
    }

    @Test
    void anUnknownEmbeddingModelIsNamedWithItsLineAndTheChoices() {
        assertThatThrownBy(() -> LanguageRuns.spec(LanguageRuns.fishery(1, 1, server.baseUrl(), dir,
                "  embeddings: all-minilm-l6\n")))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("test.yaml").hasMessageContaining(":8").hasMessageContaining("embeddings")
                .hasMessageContaining("all-minilm-l6-v2, all-minilm-l6-v2-q, none");
    }

    @Test
    void aMissInReplayOnlyFailsTheRunAndKeepsItsEvents() {
        RunResult result = LanguageRuns.run(LanguageRuns.fishery(5, 2, server.baseUrl(), dir.resolve("empty-cache"),
                "  cacheMode: replay-only\n"), dir.resolve("run"));

        assertThat(result.status()).isEqualTo(RunStatus.FAILED);
        assertThat(result.reason()).startsWith("replay-only: the cache has no answer to an act call").doesNotContain("\n");
        assertThat(events(dir.resolve("run"))).isNotEmpty();
        assertThat(llmReport(result)).containsKey("stoppedBecause");
    }

    @Test
    void theMembersPrivateDecisionsGoOutAtTheSameTime() {
        try (ChatServer slow = ChatServer.start().delay(400)) {
            String yaml = LanguageRuns.fishery(5, 1, slow.baseUrl(), dir.resolve("cache"), "  concurrency: 8\n"
                    + "  cacheMode: off\n").replace("population:", "parameters: {communication: false}\npopulation:");
            long start = System.nanoTime();
            RunResult result = LanguageRuns.run(yaml, dir.resolve("run"));
            double seconds = (System.nanoTime() - start) / 1e9;

            assertThat(result.status()).as(result.reason()).isEqualTo(RunStatus.DONE);
            assertThat(slow.mostInFlight()).as("act and reflect calls in flight at once").isEqualTo(5);
            // Two chains (act, then reflect) of 0.4 s each; one after another the ten calls would take 4 s.
            assertThat(seconds).isLessThan(3.0);
        }
    }

    @Test
    void societiesRunningAtOnceShareTheEndpointsConcurrencyLimit() throws Exception {
        try (ChatServer shared = ChatServer.start().delay(100)) {
            List<java.util.concurrent.CompletableFuture<RunResult>> runs = new java.util.ArrayList<>();
            for (int s = 0; s < 3; s++) {
                String yaml = LanguageRuns.fishery(5, 1, shared.baseUrl(), dir.resolve("cache"), "  concurrency: 2\n"
                        + "  cacheMode: off\n") + "seed: " + (s + 1) + "\n";
                Path out = dir.resolve("run" + s);
                runs.add(java.util.concurrent.CompletableFuture.supplyAsync(() -> LanguageRuns.run(yaml, out)));
            }
            for (var run : runs) {
                assertThat(run.get().status()).isEqualTo(RunStatus.DONE);
            }
            assertThat(shared.mostInFlight()).isEqualTo(2);
        }
    }

    @Test
    void aRunStoppedPartWayResumesByReplayingItsCachedCalls() throws IOException {
        Path cache = dir.resolve("cache");
        try (ChatServer own = ChatServer.start()) {
            RunResult stopped = LanguageRuns.run(LanguageRuns.fishery(3, 3, own.baseUrl(), cache, "  tokenBudget: 3000\n"),
                    dir.resolve("stopped"));
            assertThat(stopped.status()).isEqualTo(RunStatus.FAILED);
            int askedBefore = own.requests();
            RunResult resumed = LanguageRuns.run(LanguageRuns.fishery(3, 3, own.baseUrl(), cache, ""), dir.resolve("resumed"));
            RunResult fresh = LanguageRuns.run(LanguageRuns.fishery(3, 3, own.baseUrl(), dir.resolve("other-cache"), ""),
                    dir.resolve("fresh"));

            assertThat(resumed.status()).as(resumed.reason()).isEqualTo(RunStatus.DONE);
            long replayed = ((Number) llmReport(resumed).get("cacheHits")).longValue();
            assertThat(replayed).as("the calls the stopped run paid for").isGreaterThanOrEqualTo(
                    ((Number) llmReport(stopped).get("calls")).longValue());
            assertThat(own.requests() - askedBefore).isGreaterThan(0);
            assertThat(Files.readAllBytes(dir.resolve("resumed").resolve(HeadlessRun.EVENTS_FILE)))
                    .isEqualTo(Files.readAllBytes(dir.resolve("fresh").resolve(HeadlessRun.EVENTS_FILE)));
        }
    }

    @Test
    void rateLimitsAndServerErrorsAreRetriedWithBackoff() {
        try (ChatServer flaky = ChatServer.start().fail(3, 429)) {
            RunResult result = LanguageRuns.run(LanguageRuns.fishery(2, 1, flaky.baseUrl(), dir.resolve("cache"), ""),
                    dir.resolve("run"));

            assertThat(result.status()).as(result.reason()).isEqualTo(RunStatus.DONE);
            assertThat(flaky.requests()).isEqualTo(((Number) llmReport(result).get("endpointCalls")).intValue() + 3);
        }
    }

    @Test
    void aLostEndpointFailsWithOneLineAndKeepsEverything() {
        try (ChatServer broken = ChatServer.start().fail(1_000, 500)) {
            RunResult result = LanguageRuns.run(LanguageRuns.fishery(2, 1, broken.baseUrl(), dir.resolve("cache"),
                    "  retries: 1\n"), dir.resolve("run"));

            assertThat(result.status()).isEqualTo(RunStatus.FAILED);
            assertThat(result.reason()).startsWith("language model endpoint lost: test-model at " + broken.baseUrl())
                    .doesNotContain("\n");
            assertThat(events(dir.resolve("run"))).isNotEmpty();
            assertThat(dir.resolve("run").resolve(HeadlessRun.MANIFEST_FILE)).exists();
        }
    }

    @Test
    void aPlainHttpServerIsAskedInHttp11WithoutOfferingAnUpgrade() {
        try (ChatServer plain = ChatServer.start()) {
            RunResult result = LanguageRuns.run(LanguageRuns.fishery(2, 1, plain.baseUrl(), dir.resolve("cache"), ""),
                    dir.resolve("run"));

            assertThat(result.status()).as(result.reason()).isEqualTo(RunStatus.DONE);
            assertThat(plain.requests()).isPositive();
            assertThat(plain.upgrades()).as("Upgrade headers: the JDK client's h2c offer on every request").isEmpty();
        }
    }

    @Test
    void anEndpointLostDuringTheMeetingFailsWithOneLineAndKeepsEverything() {
        // A turn in the meeting is asked on the simulation thread (askHere), not on a worker: its failure
        // must come out the same way as a worker's.
        try (ChatServer breaking = ChatServer.start().failWhen(prompt -> prompt.contains("It is your turn"), 500)) {
            RunResult result = LanguageRuns.run(LanguageRuns.fishery(2, 1, breaking.baseUrl(), dir.resolve("cache"),
                    "  retries: 1\n"), dir.resolve("run"));

            assertThat(result.status()).isEqualTo(RunStatus.FAILED);
            assertThat(result.reason()).startsWith("language model endpoint lost: test-model at " + breaking.baseUrl())
                    .doesNotContain("\n");
            var events = events(dir.resolve("run"));
            assertThat(ofType(events, LanguageModelCalled.class)).extracting(LanguageModelCalled::purpose)
                    .as("the acts before the meeting are kept").containsExactly(CallPurpose.ACT, CallPurpose.ACT);
            assertThat(dir.resolve("run").resolve(HeadlessRun.MANIFEST_FILE)).exists();
        }
    }

    @Test
    void anEndpointThatRefusesConnectionsIsReportedWithItsReasonOnceAndNoClassNamesInFull() {
        String gone;
        try (ChatServer closed = ChatServer.start()) {
            gone = closed.baseUrl();
        }
        RunResult result = LanguageRuns.run(LanguageRuns.fishery(1, 1, gone, dir.resolve("cache"), "  retries: 0\n"),
                dir.resolve("run"));

        assertThat(result.status()).isEqualTo(RunStatus.FAILED);
        assertThat(result.reason()).contains("did not answer").containsIgnoringCase("connection refused")
                .doesNotContain("org.apache").doesNotContain("java.");
        assertThat(result.reason().split("Exception", -1)).as("one exception named: %s", result.reason()).hasSize(2);
    }

    @Test
    void aSilentEndpointTimesOut() {
        try (ChatServer mute = ChatServer.start().silent(true)) {
            RunResult result = LanguageRuns.run(LanguageRuns.fishery(1, 1, mute.baseUrl(), dir.resolve("cache"),
                    "  timeout: 1 s\n  retries: 0\n"), dir.resolve("run"));

            assertThat(result.status()).isEqualTo(RunStatus.FAILED);
            assertThat(result.reason()).contains("did not answer");
        }
    }

    @Test
    void anEndpointThatTricklesItsAnswersIsCutOffAtTheTimeoutOfEachTryAndThenLost() {
        // Never silent for more than 50 ms, yet each answer (a few hundred bytes, 2 bytes every 50 ms) would take 7 s or more.
        try (ChatServer slow = ChatServer.start().trickle(2, 50)) {
            long start = System.nanoTime();
            RunResult result = LanguageRuns.run(LanguageRuns.fishery(1, 1, slow.baseUrl(), dir.resolve("cache"),
                    "  timeout: 1 s\n  retries: 1\n  cacheMode: off\n"), dir.resolve("run"));
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            assertThat(result.status()).isEqualTo(RunStatus.FAILED);
            assertThat(result.reason()).startsWith("language model endpoint lost: test-model at " + slow.baseUrl())
                    .contains("TimeoutException").doesNotContain("\n");
            assertThat(slow.requests()).as("the act's try and its re-try").isEqualTo(2);
            // Two tries of 1 s each and the backoff of 0.2 s between them, and the run's own start.
            assertThat(took).isBetween(Duration.ofMillis(2_100), Duration.ofSeconds(5));
            assertThat(dir.resolve("run").resolve(HeadlessRun.MANIFEST_FILE)).exists();
        }
    }

    @Test
    void anOllamaEndpointThatTricklesItsAnswersIsCutOffAtTheTimeoutToo() {
        try (ChatServer slow = ChatServer.start().trickle(2, 50)) {
            String ollama = slow.baseUrl().replace("/v1", "");
            long start = System.nanoTime();
            RunResult result = LanguageRuns.run(LanguageRuns.fishery(1, 1, ollama, dir.resolve("cache"),
                    "  provider: ollama\n  timeout: 1 s\n  retries: 0\n  cacheMode: off\n"), dir.resolve("run"));
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            assertThat(result.status()).isEqualTo(RunStatus.FAILED);
            assertThat(result.reason()).startsWith("language model endpoint lost: test-model at " + ollama)
                    .contains("TimeoutException").contains("after 1 try");
            assertThat(slow.requests()).isEqualTo(1);
            assertThat(took).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(4));
        }
    }

    @Test
    void unreadableAnswersAreAskedAgainThenFallBackAndAreCounted() {
        try (ChatServer confused = ChatServer.start().garbage(3)) {
            RunResult result = LanguageRuns.run(LanguageRuns.fishery(1, 1, confused.baseUrl(), dir.resolve("cache"),
                    "  reasks: 2\n").replace("population:", "parameters: {communication: false}\npopulation:"),
                    dir.resolve("run"));

            assertThat(result.status()).as(result.reason()).isEqualTo(RunStatus.DONE);
            var events = events(dir.resolve("run"));
            assertThat(ofType(events, LanguageModelCalled.class)).filteredOn(c -> c.purpose() == CallPurpose.ACT)
                    .extracting(LanguageModelCalled::sample).containsExactly(0, 1, 2);
            assertThat(ofType(events, HarvestAllocated.class)).extracting(HarvestAllocated::requested)
                    .as("the fallback: an answer without a number counts as 0").containsExactly(0);
            assertThat(llmReport(result).get("fallbacks")).isEqualTo(Map.of("act", 1L));
        }
    }

    @Test
    void aSpentTokenBudgetStopsTheRunAndTheManifestSaysWhy() {
        RunResult result = LanguageRuns.run(LanguageRuns.fishery(5, 3, server.baseUrl(), dir.resolve("cache"),
                "  tokenBudget: 2000\n"), dir.resolve("run"));

        assertThat(result.status()).isEqualTo(RunStatus.FAILED);
        assertThat(result.reason()).startsWith("token budget spent");
        JsonNode manifest = readJson(dir.resolve("run").resolve(HeadlessRun.MANIFEST_FILE));
        assertThat(manifest.path("status").asText()).isEqualTo("failed");
        assertThat(manifest.path("model").path("llm").path("stoppedBecause").asText()).startsWith("token budget spent");
    }

    @Test
    void theKeyIsSentButNeverWritten() throws IOException {
        String secret = "sk-test-" + Long.toHexString(System.nanoTime()) + "-do-not-write";
        Path keyFile = dir.resolve("key.txt");
        Files.writeString(keyFile, secret + "\n");
        try (ChatServer keyed = ChatServer.start()) {
            RunResult result = LanguageRuns.run(LanguageRuns.fishery(2, 2, keyed.baseUrl(), dir.resolve("cache"),
                    "  apiKeyFile: " + keyFile + "\n"), dir.resolve("run"));

            assertThat(result.status()).as(result.reason()).isEqualTo(RunStatus.DONE);
            assertThat(keyed.authorizations()).isNotEmpty().allSatisfy(h -> assertThat(h).isEqualTo("Bearer " + secret));
        }
        try (ChatServer broken = ChatServer.start().fail(1_000, 500)) {
            RunResult failed = LanguageRuns.run(LanguageRuns.fishery(2, 1, broken.baseUrl(), dir.resolve("cache"),
                    "  apiKeyFile: " + keyFile + "\n  retries: 0\n  cacheMode: off\n"), dir.resolve("failed"));
            assertThat(failed.status()).isEqualTo(RunStatus.FAILED);
            assertThat(dir.resolve("failed").resolve(HeadlessRun.ERROR_LOG)).as("the stack trace of the failure").exists();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).filter(f -> !f.equals(keyFile)).toList()) {
                assertThat(new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1))
                        .as(file.toString()).doesNotContain(secret);
            }
        }
    }

    @Test
    void anUnknownKeyInTheLlmBlockIsNamedWithItsLine() {
        assertThatThrownBy(() -> LanguageRuns.spec(LanguageRuns.fishery(1, 1, server.baseUrl(), dir, "  temprature: 0\n")))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("test.yaml").hasMessageContaining(":8").hasMessageContaining("temprature");
    }

    @Test
    void severalModelsAndRuleBasedMembersShareOneSocietyAndTheNormReachesThePrompts() {
        try (ChatServer own = ChatServer.start()) {
            String yaml = LanguageRuns.society(1, "{universalization: true}", List.of("{kind: llm, count: 2, model: model-a}",
                    "{kind: llm, count: 1, model: model-b}", "{kind: greedy, count: 1, amount: 30}"), own.baseUrl(),
                    "  frameworkModel: model-b\n");
            RunResult result = LanguageRuns.run(yaml, dir.resolve("run"));

            assertThat(result.status()).as(result.reason()).isEqualTo(RunStatus.DONE);
            var calls = ofType(events(dir.resolve("run")), LanguageModelCalled.class);
            assertThat(calls).filteredOn(c -> c.source().equals("agent-1")).extracting(LanguageModelCalled::model).containsOnly("model-a");
            assertThat(calls).filteredOn(c -> c.source().equals("agent-2")).extracting(LanguageModelCalled::model).containsOnly("model-b");
            assertThat(calls).filteredOn(c -> c.source().equals("commons")).extracting(LanguageModelCalled::model).containsOnly("model-b");
            assertThat(calls).noneMatch(c -> c.source().equals("agent-3"));
            assertThat(own.prompts()).filteredOn(p -> p.contains("This month you may"))
                    .hasSize(3).allSatisfy(p -> assertThat(p).contains("if every fisher were to catch more than 12 tons of fish"));
            // The greedy member's 30 tons are in the mayor's report the language-model members hear.
            assertThat(own.prompts()).anyMatch(p -> p.contains("Mayor: This month John wanted 12 and got 12")
                    && p.contains("Emma wanted 30 and got 30"));
        }
    }

    @Test
    void aLanguageModelNewcomerJoinsMidRunWithTheSocietysModelAndItsAnswersDecideItsHarvest() throws IOException {
        try (ChatServer own = ChatServer.start()) {
            String yaml = LanguageRuns.fishery(4, 4, own.baseUrl(), dir.resolve("cache"), "  cacheMode: off\n")
                    + "interventions:\n  - {round: 3, action: add-agent, kind: llm}\n";
            RunResult result = LanguageRuns.run(yaml, dir.resolve("run"));

            assertThat(result.status()).as(result.reason()).isEqualTo(RunStatus.DONE);
            var events = events(dir.resolve("run"));
            assertThat(ofType(events, org.agora.agents.commons.events.MemberJoined.class))
                    .filteredOn(j -> j.source().equals("agent-4")).singleElement()
                    .satisfies(j -> assertThat(j.kind()).isEqualTo(org.agora.agents.commons.policies.PolicyKind.LANGUAGE_MODEL)).satisfies(j -> assertThat(j.round()).isEqualTo(3));
            var newcomersCalls = ofType(events, LanguageModelCalled.class).stream()
                    .filter(c -> c.source().equals("agent-4")).toList();
            assertThat(newcomersCalls).isNotEmpty().allSatisfy(c -> assertThat(c.round()).isGreaterThanOrEqualTo(3))
                    .extracting(LanguageModelCalled::model).containsOnly("test-model");
            assertThat(newcomersCalls).extracting(LanguageModelCalled::purpose).contains(CallPurpose.ACT, CallPurpose.REFLECT);
            // It starts as the first members started: no memories, told the society now has five members.
            List<JsonNode> transcript = transcript(dir.resolve("run")).stream()
                    .filter(line -> line.path("member").asText().equals("agent-4")).toList();
            JsonNode firstAct = transcript.stream().filter(line -> line.path("purpose").asText().equals("act")).findFirst()
                    .orElseThrow();
            assertThat(firstAct.path("user").asText()).contains("(nothing yet)");
            assertThat(firstAct.path("system").asText()).contains("one of 5 ");
            // Its harvest is what its act answers asked for.
            List<Integer> asked = transcript.stream().filter(line -> line.path("purpose").asText().equals("act"))
                    .map(line -> org.agora.agents.llm.AnswerFormat.number(line.path("answer").asText()).getAsInt()).toList();
            assertThat(ofType(events, HarvestAllocated.class)).filteredOn(h -> h.source().equals("agent-4"))
                    .extracting(HarvestAllocated::round, HarvestAllocated::requested)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(3, asked.get(0)),
                            org.assertj.core.groups.Tuple.tuple(4, asked.get(1)));
        }
    }

    @Test
    void aRuleBasedSocietyTurnsToALanguageModelMeetingWhenALanguageModelNewcomerJoins() {
        try (ChatServer own = ChatServer.start()) {
            String yaml = LanguageRuns.society(2, "", List.of("{kind: sustainable, count: 3}"), own.baseUrl(),
                    "  frameworkModel: late-model\n") + "interventions:\n  - {round: 2, action: add-agent, kind: llm}\n";
            RunResult result = LanguageRuns.run(yaml, dir.resolve("run"));

            assertThat(result.status()).as(result.reason()).isEqualTo(RunStatus.DONE);
            var events = events(dir.resolve("run"));
            assertThat(ofType(events, LanguageModelCalled.class)).isNotEmpty()
                    .allSatisfy(c -> assertThat(c.round()).isEqualTo(2))
                    .extracting(LanguageModelCalled::model).containsOnly("late-model");
            assertThat(ofType(events, UtteranceMade.class)).filteredOn(u -> u.round() == 2 && u.source().equals("agent-3"))
                    .isNotEmpty();
        }
    }

    @Test
    void ruleBasedMembersSpeakTheirRuleInWordsAndTheLanguageModelMembersHearThem() {
        try (ChatServer own = ChatServer.start()) {
            String yaml = LanguageRuns.society(1, "", List.of("{kind: llm, count: 2, model: test-model}",
                    "{kind: sustainable, count: 1}", "{kind: greedy, count: 1, amount: 30}"), own.baseUrl(), "");
            RunResult result = LanguageRuns.run(yaml, dir.resolve("run"));

            assertThat(result.status()).as(result.reason()).isEqualTo(RunStatus.DONE);
            List<UtteranceMade> said = ofType(events(dir.resolve("run")), UtteranceMade.class);
            // The sustainable member proposes next month's threshold, the greedy one its own 30; both
            // after the mayor's report and before the language-model members, each in words.
            assertThat(said).extracting(u -> u.header().source(), UtteranceMade::turn, UtteranceMade::act)
                    .startsWith(org.assertj.core.groups.Tuple.tuple("agent-2", 1, org.agora.agents.commons.Remark.Act.PROPOSE),
                            org.assertj.core.groups.Tuple.tuple("agent-3", 2, org.agora.agents.commons.Remark.Act.PROPOSE),
                            org.assertj.core.groups.Tuple.tuple("agent-0", 3, org.agora.agents.commons.Remark.Act.SAY));
            UtteranceMade sustainable = said.get(0);
            assertThat(sustainable.text()).isEqualTo("I wanted 12 and got 12 tons of fish this month. I propose that each"
                    + " of us catch at most " + sustainable.amount() + " tons of fish next month.");
            assertThat(said.get(1).amount()).isEqualTo(30);
            assertThat(said.get(1).text()).startsWith("I wanted 30 and got 30 tons of fish this month.")
                    .endsWith("at most 30 tons of fish next month.");
            assertThat(own.prompts()).filteredOn(p -> p.contains("It is your turn")).isNotEmpty()
                    .allSatisfy(p -> assertThat(p).contains("Jack: " + sustainable.text())
                            .contains("Emma: " + said.get(1).text()));
        }
    }

    private static List<JsonNode> transcript(Path runDirectory) throws IOException {
        List<JsonNode> lines = new java.util.ArrayList<>();
        for (String line : Files.readAllLines(runDirectory.resolve(LanguageModelSession.TRANSCRIPT_FILE))) {
            lines.add(JsonFiles.mapper().readTree(line));
        }
        return lines;
    }

    @Test
    void theLlmBlocksKeysCanBeSetFromTheCommandLine() {
        var spec = LanguageRuns.spec(LanguageRuns.fishery(1, 1, server.baseUrl(), dir, "  temperature: 0\n"))
                .withAssignments(List.of("llm.cacheMode=replay-only", "llm.temperature=0.5", "rounds=3"));

        var settings = spec.section(org.agora.agents.llm.LlmSettings.KEY, org.agora.agents.llm.LlmSettings.class).orElseThrow();
        assertThat(settings.cacheMode()).isEqualTo(org.agora.agents.llm.CacheMode.REPLAY_ONLY);
        assertThat(settings.temperature()).isEqualTo(0.5);
        assertThat(settings.endpoint()).isEqualTo(server.baseUrl());
        assertThatThrownBy(() -> spec.withAssignments(List.of("llm.temprature=1")))
                .isInstanceOf(BadInputException.class).hasMessageContaining("--set").hasMessageContaining("temprature");
        assertThatThrownBy(() -> spec.withAssignments(List.of("llm.cacheMode=sometimes")))
                .isInstanceOf(BadInputException.class).hasMessageContaining("read-write, replay-only, off");
    }

    @Test
    void theEndpointsConcurrencyDefaultsToALocalServersOrAHostedApisUnlessSet() {
        var local = LanguageRuns.spec(LanguageRuns.fishery(1, 1, server.baseUrl(), dir, "  temperature: 0\n"));
        var settings = local.section(org.agora.agents.llm.LlmSettings.KEY, org.agora.agents.llm.LlmSettings.class).orElseThrow();
        assertThat(settings.concurrency()).isEqualTo(org.agora.agents.llm.LlmSettings.LOCAL_CONCURRENCY);

        var hosted = local.withAssignments(List.of("llm.endpoint=https://api.example.org/v1"))
                .section(org.agora.agents.llm.LlmSettings.KEY, org.agora.agents.llm.LlmSettings.class).orElseThrow();
        assertThat(hosted.concurrency()).isEqualTo(org.agora.agents.llm.LlmSettings.REMOTE_CONCURRENCY);

        var set = local.withAssignments(List.of("llm.concurrency=80", "llm.endpoint=https://api.example.org/v1"))
                .section(org.agora.agents.llm.LlmSettings.KEY, org.agora.agents.llm.LlmSettings.class).orElseThrow();
        assertThat(set.concurrency()).isEqualTo(80);
    }

    private static JsonNode readJson(Path file) {
        try {
            return JsonFiles.mapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
