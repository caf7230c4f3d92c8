package org.agora.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.http.client.jdk.JdkHttpClient;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.openai.OpenAiChatModel;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.agora.agents.llm.BlockingHttpClient;
import org.agora.agents.llm.CallTrace;
import org.agora.agents.llm.ChatServer;
import org.agora.agents.llm.CommonsRule;
import org.agora.agents.llm.Embeddings;
import org.agora.agents.llm.LanguageModelCalled;
import org.agora.agents.llm.LanguageModelSession;
import org.agora.agents.llm.MemoryEmbeddings;
import org.agora.core.config.ConfigNode;
import org.agora.core.run.HeadlessRun;
import org.agora.core.run.RunResult;
import org.agora.core.run.RunStatus;
import org.agora.core.run.Simulation;
import org.agora.core.scenario.ScenarioCatalog;
import org.agora.core.scenario.ScenarioFile;
import org.agora.core.scenario.ScenarioSpec;
import org.agora.core.sink.MemorySink;

/**
 * Language-model members against the test chat server (org.agora.agents.llm.ChatServer, a real
 * HTTP server on 127.0.0.1) answering after a fixed 200 ms, as the goals state them:
 * <ul>
 * <li>a month of a five-member society against the longest chain of dependent calls in it (act,
 * each utterance of the meeting, the framework's summary and limit asked at once, reflection):
 * goal ≤ 1.5 ×;</li>
 * <li>a sweep of 20 such societies at concurrency 16 against 20/16 × one society's time: goal ≤ 2 ×.
 * The formula means 16 societies progressing at once at full speed, so the sweep runs on 16
 * threads against an endpoint allowing 16 × 5 calls at once; the reading first measured (all 20 at
 * once, 16 calls in flight) is reported beside it;</li>
 * <li>the platform's time per call: wall time not spent waiting for answers, per call, in a live run
 * against a server without delay (prompts, memories with in-process embeddings, events,
 * transcript, cache; the JVM's first such run, and three after it) and in a replay, and on the
 * critical path against the 200 ms server (wall time beyond the chain of dependent calls, per
 * call; in the JVM's first runs, after some hundreds of calls, and alone in its very first run,
 * as one {@code ./agora run} meets it): goal &lt; 1 ms;</li>
 * <li>a replay of a 12-month run from the cache: goal &lt; 1 s.</li>
 * </ul>
 * The embedding model is loaded before anything is timed (a process loads it once); every run uses
 * the default model unless {@code -Dbench.llm.embeddings} names another ({@code all-minilm-l6-v2-q},
 * {@code none}).
 */
public final class LanguageModelComparison implements Comparison {

    private static final long LATENCY_MS = 200;
    private static final int REPEATS = 3;
    /** Society runs between the cold and the warm measurements. */
    private static final int WARM_UP_RUNS = 5;
    /** The memories' embedding model of every run ({@code -Dbench.llm.embeddings=WORD}; the default unless given). */
    private static final MemoryEmbeddings EMBEDDINGS = embeddings(System.getProperty("bench.llm.embeddings", ""));
    /** Calls of a round of the HTTP-layer line before its measured calls, and measured. */
    private static final int HTTP_CALLS = 500;

    @Override
    public String name() {
        return "LanguageModels";
    }

    /** The model {@code word} names, the default for an empty word; a word naming none stops the benchmark. */
    private static MemoryEmbeddings embeddings(String word) {
        return word.isEmpty() ? MemoryEmbeddings.DEFAULT : MemoryEmbeddings.of(word).orElseThrow(() ->
                new IllegalArgumentException("-Dbench.llm.embeddings=" + word + ": expected one of "
                        + String.join(", ", MemoryEmbeddings.words())));
    }

    private static ScenarioSpec spec(String endpoint, int months, Path cache, String mode, int concurrency) {
        String yaml = "scenario: govsim-fishery\nuntil: " + months + " months\npopulation:\n"
                + "  - {kind: llm, count: 5, model: bench-model}\n"
                + "llm:\n  endpoint: " + endpoint + "\n  cache: " + cache + "\n  cacheMode: " + mode + "\n"
                + "  concurrency: " + concurrency + "\n  tokenBudget: 0\n"
                + (EMBEDDINGS == MemoryEmbeddings.DEFAULT ? "" : "  embeddings: " + EMBEDDINGS.word() + "\n");
        return new ScenarioFile(ScenarioCatalog.installed()).parse(ConfigNode.parseYaml(yaml, "bench.yaml"), "bench");
    }

    /**
     * The longest chain of dependent calls of a run (the rule's answers are always readable, so no
     * re-asks): per month one act (the members ask at once), each utterance of the meeting in turn,
     * one framework step (summary and limit at once), one reflection (at once).
     */
    private static int chain(MemorySink events) {
        int chain = 0;
        for (LanguageModelCalled call : events.ofType(LanguageModelCalled.class)) {
            switch (call.purpose()) {
                case CONVERSE, LIMIT -> chain++;
                case ACT, REFLECT -> chain += call.source().equals("agent-0") ? 1 : 0;
                default -> {
                }
            }
        }
        return chain;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    @Override
    public List<String> run() throws Exception {
        if (EMBEDDINGS != MemoryEmbeddings.NONE) {
            Embeddings.of(EMBEDDINGS, "warm up the embedding model");
        }
        Path work = Files.createTempDirectory("agora-llm-bench");
        List<String> lines = new ArrayList<>();
        lines.add("| measure | median | range | reference | ratio | goal |");
        lines.add("|---|---|---|---|---|---|");
        lines.add("| the memories' embedding model of every run (llm.embeddings) | " + EMBEDDINGS.word() + " | — | — | — | — |");
        try (ChatServer slow = ChatServer.start().delay(LATENCY_MS)) {
            // One society, three months, cache off: wall time against the chain of dependent calls.
            List<SocietyRun> cold = new ArrayList<>();
            Map<String, Long> cpuBeforeCold = cpuByThreadKind();
            long classesBefore = ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount();
            long jitBefore = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
            String firstRun = null;
            for (int r = 0; r < REPEATS; r++) {
                cold.add(societyRun(slow, work));
                if (r == 0) {
                    firstRun = firstRunLine(cold.get(0),
                            ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount() - classesBefore,
                            ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - jitBefore);
                }
            }
            Map<String, Long> cpuAfterCold = cpuByThreadKind();
            double[] monthSeconds = cold.stream().mapToDouble(run -> run.seconds() / 3).toArray();
            double[] ratios = cold.stream().mapToDouble(SocietyRun::ratio).toArray();
            double[] chainOverheadMs = cold.stream().mapToDouble(SocietyRun::beyondChainMsPerCall).toArray();
            double[] ownMs = cold.stream().mapToDouble(SocietyRun::ownMsPerCall).toArray();
            int chain = cold.get(0).chain();
            long societyCalls = cold.get(0).calls();
            lines.add(String.format(Locale.ROOT, "| month of a 5-member society | %.3f s | %.3f–%.3f s | %d dependent calls × 0.2 s"
                    + " over 3 months = %.2f s | %.2f | ≤ 1.5 (%s) |", median(monthSeconds),
                    Arrays.stream(monthSeconds).min().orElse(0), Arrays.stream(monthSeconds).max().orElse(0), chain,
                    chain * 0.2, median(ratios), median(ratios) <= 1.5 ? "met" : "MISSED"));
            lines.add(String.format(Locale.ROOT, "| platform time per call on the critical path (wall time beyond the chain of "
                    + "dependent calls × 0.2 s, per call; server at 200 ms) | %.3f ms | %.3f–%.3f ms over %d calls | — | — | < 1 ms (%s);"
                    + " per dependent call %.3f ms |", median(chainOverheadMs),
                    Arrays.stream(chainOverheadMs).min().orElse(0), Arrays.stream(chainOverheadMs).max().orElse(0), societyCalls,
                    median(chainOverheadMs) < 1 ? "met" : "MISSED", median(chainOverheadMs) * societyCalls / chain));
            lines.add(String.format(Locale.ROOT, "| of which the simulation thread's own time per call (not waiting for an answer:"
                    + " prompts, retrieval with the embeddings it waits for, events) | %.3f ms | %.3f–%.3f ms | — | — | the rest is"
                    + " the answers' time beyond 0.2 s (HTTP on 127.0.0.1, thread wake-ups, the slowest of concurrent calls) |",
                    median(ownMs), Arrays.stream(ownMs).min().orElse(0), Arrays.stream(ownMs).max().orElse(0)));
            lines.add(serverLine("the same runs", cold));
            lines.add(firstRun);
            // The same society again in a JVM whose JIT has compiled the HTTP path (client, server, JSON): the
            // steady state of a long run or a sweep, where the cold runs above also count the compilation.
            for (int r = 0; r < WARM_UP_RUNS; r++) {
                societyRun(slow, work);
            }
            List<SocietyRun> warm = new ArrayList<>();
            Map<String, Long> cpuBeforeWarm = cpuByThreadKind();
            for (int r = 0; r < REPEATS; r++) {
                warm.add(societyRun(slow, work));
            }
            Map<String, Long> cpuAfterWarm = cpuByThreadKind();
            double[] warmOverheadMs = warm.stream().mapToDouble(SocietyRun::beyondChainMsPerCall).toArray();
            double[] warmOwnMs = warm.stream().mapToDouble(SocietyRun::ownMsPerCall).toArray();
            lines.add(String.format(Locale.ROOT, "| platform time per call on the critical path, as above, after %d society runs"
                    + " in the same JVM (warm) | %.3f ms | %.3f–%.3f ms | — | — | < 1 ms (%s); per dependent call %.3f ms; the"
                    + " simulation thread's own time per call %.3f ms |", WARM_UP_RUNS + REPEATS, median(warmOverheadMs),
                    Arrays.stream(warmOverheadMs).min().orElse(0), Arrays.stream(warmOverheadMs).max().orElse(0),
                    median(warmOverheadMs) < 1 ? "met" : "MISSED", median(warmOverheadMs) * societyCalls / chain,
                    median(warmOwnMs)));
            lines.add(serverLine("the warm runs", warm));
            lines.add(cpuLine("cold", cpuBeforeCold, cpuAfterCold, cold));
            lines.add(cpuLine("warm", cpuBeforeWarm, cpuAfterWarm, warm));
            double oneSociety = median(monthSeconds) * 3;

            // The goal as stated: 16 societies progress at once (a sweep on 16 threads, as `agora sweep --threads 16`),
            // against an endpoint that does not throttle below that (16 societies × 5 members' calls at once).
            lines.add(sweepLine("20 societies × 3 months on 16 sweep threads, endpoint concurrency 80", 16, 80, work,
                    oneSociety));
            // The reading first measured: all 20 societies at once, 16 calls in flight at most.
            lines.add(sweepLine("20 societies × 3 months all at once, endpoint concurrency 16", 20, 16, work, oneSociety));
            // The same society once more after the sweeps' 1,680 calls: the JIT has compiled the whole call path, as
            // in a long run or a sweep; the warm runs above, after some 340 calls, still run much of it interpreted.
            List<SocietyRun> hot = new ArrayList<>();
            for (int r = 0; r < REPEATS; r++) {
                hot.add(societyRun(slow, work));
            }
            // The test rule gives every member the same utterance and insights, so a run embeds few texts of its
            // own; a real model's answers differ from member to member and month to month, and each is embedded.
            slow.rule(LanguageModelComparison::ownTexts);
            List<SocietyRun> ownTexts = new ArrayList<>();
            for (int r = 0; r < REPEATS; r++) {
                ownTexts.add(societyRun(slow, work));
            }
            Map<String, List<SocietyRun>> groups = new LinkedHashMap<>();
            groups.put("cold", cold);
            groups.put("warm", warm);
            groups.put("hot, after the sweeps", hot);
            groups.put("hot, every answer's texts its own", ownTexts);
            lines.addAll(breakdownLines(groups));
        }
        try (ChatServer fast = ChatServer.start()) {
            lines.add(httpLayerLine(fast));
            // Overhead per call, live (no server delay) and from the cache; then the 12-month replay.
            Path cache = work.resolve("cache");
            LanguageModelSession.forgetSharedVectors();
            RunResult live = new HeadlessRun(spec(fast.baseUrl(), 12, cache, "read-write", 16), work.resolve("live")).execute();
            if (live.status() != RunStatus.DONE) {
                throw new IllegalStateException("the live run failed: " + live.reason());
            }
            lines.add(overheadLine("live, server without delay (in-process embeddings included; the JVM's first run with a"
                    + " run directory and a cache to write)", live));
            // The same run again, each with a cache of its own and no vectors shared: the first paid for the
            // first use of the cache's store, the sinks' files and the transcript in this JVM.
            double[] againMs = new double[3];
            for (int r = 0; r < againMs.length; r++) {
                LanguageModelSession.forgetSharedVectors();
                RunResult again = new HeadlessRun(spec(fast.baseUrl(), 12, work.resolve("cache-again" + r), "read-write", 16),
                        work.resolve("again" + r)).execute();
                if (again.status() != RunStatus.DONE) {
                    throw new IllegalStateException("a live run failed: " + again.reason());
                }
                againMs[r] = ownMsPerCall(again);
            }
            lines.add(String.format(Locale.ROOT, "| platform time per call, live, as above, %d runs after it, each with a cache"
                    + " of its own | %.3f ms | %.3f–%.3f ms | — | — | < 1 ms (%s) |", againMs.length, median(againMs),
                    Arrays.stream(againMs).min().orElse(0), Arrays.stream(againMs).max().orElse(0),
                    median(againMs) < 1 ? "met" : "MISSED"));
            double[] replaySeconds = new double[5];
            RunResult replay = null;
            for (int r = 0; r < replaySeconds.length; r++) {
                long start = System.nanoTime();
                replay = new HeadlessRun(spec("http://127.0.0.1:9/v1", 12, cache, "replay-only", 16), work.resolve("replay" + r))
                        .execute();
                replaySeconds[r] = (System.nanoTime() - start) / 1e9;
                if (replay.status() != RunStatus.DONE) {
                    throw new IllegalStateException("the replay failed: " + replay.reason());
                }
            }
            lines.add(overheadLine("replay from the cache", replay));
            boolean identical = Arrays.equals(Files.readAllBytes(work.resolve("live").resolve(HeadlessRun.EVENTS_FILE)),
                    Files.readAllBytes(work.resolve("replay0").resolve(HeadlessRun.EVENTS_FILE)));
            lines.add(String.format(Locale.ROOT, "| replay of a 12-month run (%d calls) | %.3f s | %.3f–%.3f s | — | — | < 1 s (%s); "
                    + "events byte-identical to the live run: %s |", calls(replay), median(replaySeconds),
                    Arrays.stream(replaySeconds).min().orElse(0), Arrays.stream(replaySeconds).max().orElse(0),
                    median(replaySeconds) < 1 ? "met" : "MISSED", identical));
        }
        return lines;
    }

    /**
     * One society's three months against {@code server}, cache off.
     *
     * @param seconds its wall time
     * @param waitSeconds the time its simulation thread waited for answers
     * @param chain its longest chain of dependent calls
     * @param calls its calls
     * @param serverOwnNanos the server's own time of each of its requests, beyond the delay
     */
    private record SocietyRun(double seconds, double waitSeconds, int chain, long calls, long[] serverOwnNanos,
            List<CallTrace.Stamp> stamps) {

        double ratio() {
            return seconds / (chain * LATENCY_MS / 1000.0);
        }

        double beyondChainMsPerCall() {
            return (seconds - chain * LATENCY_MS / 1000.0) * 1000 / calls;
        }

        double ownMsPerCall() {
            return (seconds - waitSeconds) * 1000 / calls;
        }

        double serverOwnMedianMs() {
            return median(Arrays.stream(serverOwnNanos).asDoubleStream().toArray()) / 1e6;
        }

        /** Beyond the chain, less the server's own time on it (its median request's, once per dependent call), per call. */
        double beyondChainAndServerMsPerCall() {
            return beyondChainMsPerCall() - serverOwnMedianMs() * chain / calls;
        }
    }

    /**
     * The test rule's answer with each utterance, insight and summary made a text of its own, as a real model's
     * would be: a tag from the prompt (which names the member, the date and what it remembers) before the
     * line's last period. The numbers the rule and the members read stay as they were.
     */
    static String ownTexts(String prompt) {
        String tag = " (" + Integer.toHexString(prompt.hashCode()) + ")";
        return CommonsRule.answer(prompt).lines()
                .map(line -> line.startsWith("Utterance:") || line.startsWith("Insight:") || line.startsWith("Summary:")
                        ? (line.endsWith(".") ? line.substring(0, line.length() - 1) + tag + "." : line + tag) : line)
                .collect(Collectors.joining("\n"));
    }

    private static SocietyRun societyRun(ChatServer server, Path work) throws InterruptedException {
        int servedBefore = server.ownNanos().size();
        MemorySink events = new MemorySink();
        // Each repeat embeds its own texts, as a run with texts of its own would: the vectors a process's
        // runs share would otherwise take every embedding off the repeats' chains.
        LanguageModelSession.forgetSharedVectors();
        CallTrace.start();
        long start = System.nanoTime();
        Simulation society = Simulation.of(spec(server.baseUrl(), 3, work.resolve("none"), "off", 16), events);
        society.runToEnd();
        double seconds = (System.nanoTime() - start) / 1e9;
        awaitServerStamps(server, servedBefore + events.ofType(LanguageModelCalled.class).size());
        List<CallTrace.Stamp> stamps = CallTrace.stop();
        List<Long> served = server.ownNanos();
        long[] own = served.subList(servedBefore, served.size()).stream().mapToLong(Long::longValue).toArray();
        return new SocietyRun(seconds, waitSeconds(society.model().runReport()), chain(events),
                events.ofType(LanguageModelCalled.class).size(), own, stamps);
    }

    /**
     * Waits (a second at most) until the server has stamped its last answers written: a client that
     * reads on the calling thread can have the last answer, and the run can end, before the server's
     * thread returns from writing it.
     */
    private static void awaitServerStamps(ChatServer server, int answered) throws InterruptedException {
        long deadline = System.nanoTime() + 1_000_000_000L;
        while (server.ownNanos().size() < answered && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
    }

    /**
     * The table of where a dependent step's time goes (cold, warm and hot runs; every step, the meeting's
     * turns, the steps of concurrent calls), and the platform's time per call on the critical path
     * that follows from it (docs/benchmarks.md, "Where a dependent step's time goes").
     */
    private static List<String> breakdownLines(Map<String, List<SocietyRun>> groups) {
        List<String> titles = new ArrayList<>();
        List<StepBreakdown> breakdowns = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, List<SocietyRun>> runs : groups.entrySet()) {
            List<Double> perCallMs = new ArrayList<>();
            List<Double> wallPerCallMs = new ArrayList<>();
            List<Double> setUpMs = new ArrayList<>();
            for (Boolean single : Arrays.asList(null, true, false)) {
                StepBreakdown breakdown = new StepBreakdown(single);
                for (SocietyRun run : runs.getValue()) {
                    StepBreakdown.Chain chain = breakdown.add(run.stamps());
                    if (single == null) {
                        perCallMs.add(chain.platformNanos() / 1e6 / run.calls());
                        wallPerCallMs.add((run.seconds() * 1e9 - chain.serverNanos()) / 1e6 / run.calls());
                        setUpMs.add((run.seconds() * 1e9 - (chain.lastResumed() - chain.firstAsked())) / 1e6);
                    }
                }
                titles.add(runs.getKey() + (single == null ? ", every step" : single ? ", turns" : ", concurrent calls"));
                breakdowns.add(breakdown);
            }
            double[] ms = perCallMs.stream().mapToDouble(Double::doubleValue).toArray();
            double[] wallMs = wallPerCallMs.stream().mapToDouble(Double::doubleValue).toArray();
            lines.add(String.format(Locale.ROOT, "| platform time per call on the critical path, client side and simulation thread"
                    + " (%s: from the run's first ask to its last answer in hand, less the server's time on that chain, each"
                    + " dependent step's critical call from its request written to its answer written, per call) | %.3f ms |"
                    + " %.3f–%.3f ms | — | — | < 1 ms (%s); with the run's set-up and close (the run's whole wall time, %.1f ms"
                    + " more a run, median) %.3f ms |", runs.getKey(), median(ms), Arrays.stream(ms).min().orElse(0),
                    Arrays.stream(ms).max().orElse(0), median(ms) < 1 ? "met" : "MISSED",
                    median(setUpMs.stream().mapToDouble(Double::doubleValue).toArray()), median(wallMs)));
        }
        lines.add("");
        lines.addAll(StepBreakdown.table(titles, breakdowns));
        lines.add("");
        lines.add("| measure | median | range | reference | ratio | goal |");
        lines.add("|---|---|---|---|---|---|");
        return lines;
    }

    /**
     * The JVM's first society run on its own: what a single {@code ./agora run} of such a society
     * meets (the JVM's start and the embedding model's load aside), which the cold median, taken
     * over the JVM's first runs, does not show.
     */
    private static String firstRunLine(SocietyRun first, long classesLoaded, long jitMillis) {
        double platformMs = first.beyondChainAndServerMsPerCall();
        return String.format(Locale.ROOT, "| the JVM's first society run alone (what one `./agora run` of it meets, the JVM's"
                + " start and the embedding model's load aside): platform time per call on the critical path, less the test"
                + " server's own time | %.3f ms | one run of %d calls | — | — | < 1 ms (%s); the simulation thread's own time"
                + " per call %.3f ms; during the run the JVM loaded %d classes and its JIT compiled for %d ms |", platformMs,
                first.calls(), platformMs < 1 ? "met" : "MISSED", first.ownMsPerCall(), classesLoaded, jitMillis);
    }

    /** The test server's own share of the critical path, and the platform's time without it. */
    private static String serverLine(String which, List<SocietyRun> runs) {
        double[] serverMs = runs.stream().mapToDouble(SocietyRun::serverOwnMedianMs).toArray();
        double[] platformMs = runs.stream().mapToDouble(SocietyRun::beyondChainAndServerMsPerCall).toArray();
        return String.format(Locale.ROOT, "| %s less the test server's own time (its median request's time beyond 0.2 s, from its"
                + " handler's start to the answer written, once per dependent call) | %.3f ms | %.3f–%.3f ms | — | — | < 1 ms (%s);"
                + " the server's own time per request %.3f ms (median) |", which, median(platformMs),
                Arrays.stream(platformMs).min().orElse(0), Arrays.stream(platformMs).max().orElse(0),
                median(platformMs) < 1 ? "met" : "MISSED", median(serverMs));
    }

    /**
     * 20 societies on {@code threads} threads against a new server (an endpoint's limit is fixed
     * per process by the first run that names it) whose calls in flight are limited to
     * {@code concurrency}; against 20/16 × one society's time.
     */
    private static String sweepLine(String what, int threads, int concurrency, Path work, double oneSociety) throws Exception {
        // The sweep's societies share the vectors of their common texts, as a sweep does, but not the earlier runs'.
        LanguageModelSession.forgetSharedVectors();
        try (ChatServer shared = ChatServer.start().delay(LATENCY_MS)) {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            Map<String, Long> cpuBefore = cpuByThreadKind();
            long processCpuBefore = processCpuNanos();
            long start = System.nanoTime();
            List<Future<Map<String, Object>>> runs = new ArrayList<>();
            List<MemorySink> sinks = new ArrayList<>();
            for (int s = 0; s < 20; s++) {
                ScenarioSpec society = spec(shared.baseUrl(), 3, work.resolve("none"), "off", concurrency).withSeed(s + 1);
                MemorySink sink = new MemorySink();
                sinks.add(sink);
                runs.add(pool.submit(() -> Simulation.of(society, sink).runToEnd()));
            }
            for (Future<Map<String, Object>> run : runs) {
                run.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double processCpu = (processCpuNanos() - processCpuBefore) / 1e9;
            Map<String, Long> cpuAfter = cpuByThreadKind();
            pool.shutdown();
            double reference = 20.0 / 16 * oneSociety;
            long calls = sinks.stream().mapToLong(sink -> sink.ofType(LanguageModelCalled.class).size()).sum();
            // No schedule can beat the endpoint's throughput: every call holds one slot for 0.2 s.
            double bound = calls * LATENCY_MS / 1000.0 / concurrency;
            StringBuilder shares = new StringBuilder();
            cpuAfter.entrySet().stream()
                    .map(e -> Map.entry(e.getKey(), e.getValue() - cpuBefore.getOrDefault(e.getKey(), 0L)))
                    .filter(e -> e.getValue() > 0).sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(6)
                    .forEach(e -> shares.append(String.format(Locale.ROOT, "%s%s %.0f%%", shares.length() == 0 ? "" : ", ",
                            e.getKey(), 100.0 * e.getValue() / 1e9 / processCpu)));
            return String.format(Locale.ROOT, "| %s | %.2f s | one run | 20/16 × one society (%.2f s) = %.2f s | %.2f | "
                    + "≤ 2 (%s); most calls in flight %d; the endpoint's throughput bound (%d calls × 0.2 s / %d) is %.2f s;"
                    + " load average %.1f; the process used %.2f CPU-s, %.2f cores (%s) |",
                    what, seconds, oneSociety, reference, seconds / reference, seconds / reference <= 2 ? "met" : "MISSED",
                    shared.mostInFlight(), calls, concurrency, bound, load, processCpu, processCpu / seconds, shares);
        }
    }

    /**
     * One call at a time through LangChain4j's OpenAI-compatible client against the server without
     * delay, warm (after {@link #HTTP_CALLS} calls), over the HTTP layer Endpoint uses (Apache
     * HttpClient's classic client, {@link BlockingHttpClient}, with the call timeout Endpoint gives it),
     * the same layer without the call timeout (what the deadline costs), and LangChain4j's default, the
     * JDK client (as Endpoint configured it before: HTTP/1.1, its steps run inline on its selector
     * thread), alternating in rounds, each layer first in one of them; the time per call includes the
     * server's own.
     */
    private static String httpLayerLine(ChatServer server) {
        ChatRequest request = ChatRequest.builder()
                .messages(SystemMessage.from("You fish in a lake."), UserMessage.from("How many tons? ".repeat(150)))
                .temperature(0.0).topP(1.0).maxOutputTokens(256).build();
        Map<String, Supplier<HttpClientBuilder>> layers = new LinkedHashMap<>();
        layers.put("blocking", () -> BlockingHttpClient.builder(1).callTimeout(Duration.ofSeconds(120)));
        layers.put("blocking without deadline", () -> BlockingHttpClient.builder(1));
        layers.put("jdk", () -> JdkHttpClient.builder()
                .httpClientBuilder(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(Runnable::run)));
        Map<String, List<Double>> medians = new TreeMap<>();
        List<Map.Entry<String, Supplier<HttpClientBuilder>>> order = new ArrayList<>(layers.entrySet());
        for (int round = 0; round < 3; round++) {
            // Each layer goes first in one round: a layer's rounds do not all follow the same other layer's.
            for (Map.Entry<String, Supplier<HttpClientBuilder>> layer : order) {
                ChatModel model = OpenAiChatModel.builder().baseUrl(server.baseUrl()).apiKey("none").modelName("bench-model")
                        .httpClientBuilder(layer.getValue().get()).build();
                double[] ms = new double[2 * HTTP_CALLS];
                for (int i = 0; i < ms.length; i++) {
                    long start = System.nanoTime();
                    model.chat(request);
                    ms[i] = (System.nanoTime() - start) / 1e6;
                }
                medians.computeIfAbsent(layer.getKey(), v -> new ArrayList<>()).add(median(Arrays.copyOfRange(ms, HTTP_CALLS, ms.length)));
            }
            Collections.rotate(order, -1);
        }
        double blocking = median(medians.get("blocking").stream().mapToDouble(Double::doubleValue).toArray());
        double undeadlined = median(medians.get("blocking without deadline").stream().mapToDouble(Double::doubleValue).toArray());
        double jdk = median(medians.get("jdk").stream().mapToDouble(Double::doubleValue).toArray());
        return String.format(Locale.ROOT, "| one warm call at a time, server without delay, over Endpoint's HTTP layer (Apache"
                + " HttpClient 5 classic, blocking, the 120 s call timeout on) | %.3f ms | rounds %s | LangChain4j's JDK client"
                + " layer as Endpoint used it (HTTP/1.1, inline executor): %.3f ms, rounds %s | %.2f | — (the same layer without"
                + " the call timeout: %.3f ms, rounds %s) |", blocking, rounds(medians.get("blocking")), jdk,
                rounds(medians.get("jdk")), blocking / jdk, undeadlined, rounds(medians.get("blocking without deadline")));
    }

    private static String rounds(List<Double> values) {
        return values.stream().map(v -> String.format(Locale.ROOT, "%.3f", v)).collect(java.util.stream.Collectors.joining(", "));
    }

    /**
     * The CPU time per call of the platform's threads (the simulation thread, the call workers, the
     * HTTP client's selector, the embedding threads) and of the test server's, over society runs: the
     * work behind the platform's time per call, which a loaded machine stretches in wall time but not in
     * CPU time. JIT and GC threads are not Java threads and are not counted.
     */
    private static String cpuLine(String which, Map<String, Long> before, Map<String, Long> after, List<SocietyRun> runs) {
        long platform = 0;
        long server = 0;
        for (Map.Entry<String, Long> kind : after.entrySet()) {
            long used = kind.getValue() - before.getOrDefault(kind.getKey(), 0L);
            String name = kind.getKey();
            if (name.equals("main") || name.startsWith("llm-") || name.startsWith("HttpClient-")) {
                platform += used;
            } else if (name.startsWith("HTTP-Dispatcher") || name.startsWith("chat-server")) {
                server += used;
            }
        }
        long calls = runs.stream().mapToLong(SocietyRun::calls).sum();
        return String.format(Locale.ROOT, "| CPU time per call of the platform's threads (simulation, call workers, HTTP client,"
                + " embeddings; JIT and GC not counted), %s runs | %.3f ms | %d runs, %d calls | the test server's threads: %.3f ms"
                + " per call | — | — |", which, platform / 1e6 / calls, runs.size(), calls, server / 1e6 / calls);
    }

    /** The process's CPU time so far. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /**
     * CPU time of the live threads by kind (the name without its number): the simulation threads,
     * the calls' workers, the HTTP client, the embedding threads, the test server's threads, the JIT.
     */
    private static Map<String, Long> cpuByThreadKind() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<String, Long> byKind = new TreeMap<>();
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info == null) {
                continue;
            }
            long cpu = threads.getThreadCpuTime(info.getThreadId());
            if (cpu > 0) {
                byKind.merge(info.getThreadName().replaceAll("[-#]?\\d+$", "").replaceAll("^pool-\\d+-thread$", "simulation"),
                        cpu, Long::sum);
            }
        }
        return byKind;
    }

    @SuppressWarnings("unchecked")
    private static double waitSeconds(Map<String, Object> runReport) {
        return ((Number) ((Map<String, Object>) runReport.get("llm")).get("waitSeconds")).doubleValue();
    }

    @SuppressWarnings("unchecked")
    private static long calls(RunResult result) {
        return ((Number) ((Map<String, Object>) result.manifest().model().get("llm")).get("calls")).longValue();
    }

    private static String overheadLine(String what, RunResult result) {
        double perCallMs = ownMsPerCall(result);
        return String.format(Locale.ROOT, "| platform time per call, %s | %.3f ms | one run of %d calls | — | — | < 1 ms (%s) |",
                what, perCallMs, calls(result), perCallMs < 1 ? "met" : "MISSED");
    }

    /** A run's wall time not spent waiting for answers, per call, in milliseconds (from its manifest). */
    private static double ownMsPerCall(RunResult result) {
        return (result.manifest().wallSeconds() - waitSeconds(result.manifest().model())) * 1000 / calls(result);
    }
}
