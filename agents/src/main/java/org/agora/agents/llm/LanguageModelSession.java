package org.agora.agents.llm;

import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.agora.core.event.EventBus;
import org.agora.core.run.JsonFiles;
import org.agora.core.run.RunFailure;

/**
 * One run's access to language models: asks go out on worker threads, concurrently (bounded by
 * the {@link Endpoint}'s limit), through the {@link ResponseCache}; the simulation thread waits
 * for the answers it needs with {@link #await} and records each one with {@link #record}, in an
 * order of its own choosing, so the events ({@link LanguageModelCalled}) and the transcript lines
 * come in the same order whatever order the answers arrived in.
 *
 * <p>Records {@code llm-transcript.jsonl} in the run directory (every call's full prompt and answer,
 * latency, whether it was cached; never a key) and counts what {@link #report()} puts into the
 * manifest. Stops the run with a {@link RunFailure} when the token budget is spent, when the
 * endpoint is lost, or when a replay-only run misses an answer.
 *
 * <p>Threading: {@link #ask} and {@link #embedLater} from any thread; everything else on the simulation thread.
 * A call whose answer the simulation thread awaits at once ({@link #askHere}) is made on that thread, and
 * so is the newest asked call that no worker has taken yet when the simulation thread starts waiting.
 */
public final class LanguageModelSession implements AutoCloseable {

    /** The transcript's file name in the run directory. */
    public static final String TRANSCRIPT_FILE = "llm-transcript.jsonl";

    private static final ExecutorService WORKERS = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "llm-call");
        thread.setDaemon(true);
        return thread;
    });
    /**
     * Where embeddings are computed: apart from the calls' threads (which mostly wait) and from the
     * simulation threads, one thread per core, shared by every run of the process.
     */
    private static final ExecutorService EMBEDDERS = Executors.newFixedThreadPool(
            Runtime.getRuntime().availableProcessors(), task -> {
                Thread thread = new Thread(task, "llm-embed");
                thread.setDaemon(true);
                return thread;
            });
    /** The most texts whose vectors the process keeps for its runs to share (about 1.5 KB each). */
    private static final int RECENT_TEXTS = 4096;
    /** The vectors of the texts embedded last, by {@link MemoryEmbeddings#key}, least recently used first; guarded by itself. */
    private static final Map<String, CompletableFuture<float[]>> RECENT_VECTORS = new LinkedHashMap<>(256, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, CompletableFuture<float[]>> eldest) {
            return size() > RECENT_TEXTS;
        }
    };
    private static final ObjectWriter LINE = JsonFiles.mapper().writer().without(SerializationFeature.INDENT_OUTPUT);

    private final LlmSettings settings;
    private final EventBus events;
    /** Where asked calls go to be made: the process's {@link #WORKERS}. */
    private final Executor workers;
    private final Endpoint endpoint;
    private final ResponseCache cache;
    private final BufferedWriter transcript;
    private final AtomicLong asked = new AtomicLong();
    private long calls;
    private long cacheHits;
    private long promptTokens;
    private long completionTokens;
    private long reasks;
    private long waitNanos;
    private final Map<String, Long> fallbacks = new LinkedHashMap<>();
    /** This run's calls asked and not yet claimed by a thread, newest first; guarded by itself. */
    private final Deque<Asked> unclaimed = new ArrayDeque<>();
    /** Each text's vector, asked for once; filled from the simulation thread and from answers as they arrive. */
    private final Map<String, CompletableFuture<float[]>> embedded = new java.util.concurrent.ConcurrentHashMap<>();
    private String stoppedBecause;
    private volatile boolean closed;

    /**
     * @param settings the run's llm block
     * @param events the run's bus, where each call becomes a {@link LanguageModelCalled}
     * @param runDirectory where the transcript goes; null for none (a run without a directory)
     */
    public LanguageModelSession(LlmSettings settings, EventBus events, Path runDirectory) {
        this(settings, events, runDirectory, WORKERS);
    }

    /**
     * As {@link #LanguageModelSession(LlmSettings, EventBus, Path)}, with the threads that make the asked
     * calls from {@code workers}: for a test that holds them back to see which thread makes a call.
     */
    LanguageModelSession(LlmSettings settings, EventBus events, Path runDirectory, Executor workers) {
        this.settings = settings;
        this.events = events;
        this.workers = workers;
        this.endpoint = Endpoint.of(settings);
        this.cache = settings.cacheMode() == CacheMode.OFF ? null : ResponseCache.open(settings.cache());
        BufferedWriter writer = null;
        if (runDirectory != null) {
            try {
                Files.createDirectories(runDirectory);
                writer = Files.newBufferedWriter(runDirectory.resolve(TRANSCRIPT_FILE), StandardCharsets.UTF_8);
            } catch (IOException e) {
                close();
                throw new UncheckedIOException("cannot write " + runDirectory.resolve(TRANSCRIPT_FILE), e);
            }
        }
        this.transcript = writer;
    }

    public LlmSettings settings() {
        return settings;
    }

    /** A call with this run's sampling settings. */
    public ChatCall call(String purpose, String model, String system, String user) {
        return new ChatCall(purpose, model, system, user, settings.temperature(), settings.topP(), settings.maxTokens(), 0);
    }

    /**
     * Answers {@code call} from the cache if it is there (at once, on the calling thread: a look-up in
     * the store), else sends it to the endpoint on a worker thread (unless replay-only).
     */
    public CompletableFuture<Reply> ask(ChatCall call) {
        CallTrace.stamp(call, CallTrace.Moment.ASKED);
        long start = System.nanoTime();
        CompletableFuture<Reply> kept = lookUp(call, start);
        if (kept != null) {
            return kept;
        }
        Asked asked = new Asked(call, start);
        synchronized (unclaimed) {
            unclaimed.push(asked);
        }
        workers.execute(asked);
        return asked.reply;
    }

    /**
     * A call sent to the endpoint by whichever thread claims it first: a worker, or the simulation
     * thread when it comes to wait while the call is still unclaimed ({@link #helpWithNewest}).
     */
    private final class Asked implements Runnable {
        final ChatCall call;
        final long start;
        final CompletableFuture<Reply> reply = new CompletableFuture<>();
        private final AtomicBoolean claimed = new AtomicBoolean();

        Asked(ChatCall call, long start) {
            this.call = call;
            this.start = start;
        }

        @Override
        public void run() {
            claimAndFetch();
        }

        /** Claims the call and fetches its answer; false, doing nothing, if another thread claimed it first. */
        boolean claimAndFetch() {
            if (!claimed.compareAndSet(false, true)) {
                return false;
            }
            synchronized (unclaimed) {
                unclaimed.remove(this);
            }
            try {
                reply.complete(fetch(call, start));
            } catch (CompletionException e) {
                reply.completeExceptionally(e.getCause());
            } catch (RuntimeException | Error e) {
                reply.completeExceptionally(e);
            }
            return true;
        }
    }

    /**
     * Makes the newest call no thread has claimed yet on the simulation thread, which is about to wait
     * anyway. The newest asked is the one most likely to be answered last, so making it here takes
     * the hand-off to a worker and the hand-back of its answer (two thread wake-ups) off the chain of
     * dependent calls; the calls still go out together (workers claim the others), and the events
     * keep the order the simulation thread awaits them in.
     */
    private void helpWithNewest() {
        while (true) {
            Asked newest;
            synchronized (unclaimed) {
                newest = unclaimed.pollFirst();
            }
            if (newest == null || newest.claimAndFetch()) {
                return;
            }
        }
    }

    /**
     * Like {@link #ask}, but an answer the cache does not have is fetched on the calling thread, which
     * waits for it (the time counts as waiting in the manifest): for a call whose answer the caller
     * awaits at once, with nothing else to do meanwhile (a turn in a meeting, a re-ask). On the chain of
     * dependent calls this saves handing the call to a worker thread and the answer back, two thread
     * wake-ups per call. Simulation thread.
     */
    public CompletableFuture<Reply> askHere(ChatCall call) {
        CallTrace.stamp(call, CallTrace.Moment.ASKED);
        long start = System.nanoTime();
        CompletableFuture<Reply> kept = lookUp(call, start);
        if (kept != null) {
            return kept;
        }
        try {
            return CompletableFuture.completedFuture(fetch(call, start));
        } catch (CompletionException e) {
            return CompletableFuture.failedFuture(e.getCause());
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        } finally {
            waitNanos += System.nanoTime() - start;
        }
    }

    /** The cached answer to {@code call}, a failure if a replay-only run misses it, or null to ask the endpoint. */
    private CompletableFuture<Reply> lookUp(ChatCall call, long start) {
        asked.incrementAndGet();
        if (cache != null) {
            var kept = cache.get(call);
            if (kept.isPresent()) {
                return CompletableFuture.completedFuture(new Reply(call, kept.get(), true, System.nanoTime() - start));
            }
            if (settings.cacheMode() == CacheMode.REPLAY_ONLY) {
                return CompletableFuture.failedFuture(new MissingAnswer(call));
            }
        }
        return null;
    }

    /** The endpoint's answer to {@code call}, kept in the cache; blocks the calling thread. */
    private Reply fetch(ChatCall call, long start) {
        try {
            ChatAnswer answer = endpoint.complete(call, settings);
            if (cache != null) {
                cache.put(call, answer);
            }
            return new Reply(call, answer, false, System.nanoTime() - start);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CompletionException(e);
        }
    }

    /** A replay-only run asked for an answer the cache does not have. */
    static final class MissingAnswer extends RuntimeException {
        private static final long serialVersionUID = 1L;

        MissingAnswer(ChatCall call) {
            super("replay-only: the cache has no answer to " + (call.purpose().matches("^[aeiou].*") ? "an " : "a ")
                    + call.purpose() + " call of " + call.model()
                    + " (sample " + call.sample() + ", prompt " + call.promptHash() + ")");
        }
    }

    /**
     * Waits for an answer on the simulation thread (the time counts as waiting in the manifest).
     *
     * @throws RunFailure if the endpoint was lost or a replay-only run missed the answer
     */
    public Reply await(CompletableFuture<Reply> pending) {
        long start = System.nanoTime();
        try {
            if (!pending.isDone()) {
                helpWithNewest();
            }
            Reply reply = pending.get();
            CallTrace.stamp(reply.call(), CallTrace.Moment.RESUMED);
            return reply;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw stop("interrupted while waiting for a language model", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof MissingAnswer missing) {
                throw stop(missing.getMessage() + " in " + settings.cache() + "; run with llm.cacheMode: read-write to ask "
                        + settings.endpoint(), missing);
            }
            if (cause instanceof Endpoint.Unavailable lost) {
                throw stop("language model endpoint lost: " + lost.getMessage() + " after " + lost.tries()
                        + (lost.tries() == 1 ? " try" : " tries") + "; every event so far is kept and the answers already "
                        + "received are cached", lost);
            }
            throw stop("a language-model call failed: " + Endpoint.brief(cause), cause);
        } finally {
            waitNanos += System.nanoTime() - start;
        }
    }

    /**
     * Records a reply the run uses: its event, its transcript line, the counts; then checks the budget.
     *
     * @param source the member it decided for, or {@code commons}
     * @param round the month
     * @throws RunFailure if the token budget is now spent
     */
    public void record(String source, int round, Reply reply) {
        ChatCall call = reply.call();
        ChatAnswer answer = reply.answer();
        calls++;
        if (reply.cached()) {
            cacheHits++;
        }
        if (call.sample() > 0) {
            reasks++;
        }
        promptTokens += answer.promptTokens();
        completionTokens += answer.completionTokens();
        events.publish(new LanguageModelCalled(events.stamp(source), round, CallPurpose.of(call.purpose()), call.model(),
                call.sample(), answer.promptTokens(), answer.completionTokens(), call.promptHash()));
        writeLine(source, round, reply);
        long spent = promptTokens + completionTokens;
        if (settings.tokenBudget() > 0 && spent > settings.tokenBudget()) {
            throw stop("token budget spent: " + spent + " tokens after " + calls + " calls (llm.tokenBudget is "
                    + settings.tokenBudget() + "); raise it to go on, the answers so far replay from the cache", null);
        }
    }

    /**
     * Waits for an answer, records it, and reads it; an answer {@code reader} cannot read is asked
     * again (the next sample) up to {@code llm.reasks} times, and then {@code fallback} decides
     * from the last answer, counted in the manifest under its purpose. Simulation thread.
     *
     * @param source the member it decides for, or {@code commons}
     * @param round the month
     * @param pending the first ask
     * @param reader the strict reading of an answer's text, empty if it cannot be read
     * @param fallback the documented decision when no answer could be read
     */
    public <T> T answer(String source, int round, CompletableFuture<Reply> pending,
            java.util.function.Function<String, java.util.Optional<T>> reader, java.util.function.Function<Reply, T> fallback) {
        Reply reply = await(pending);
        while (true) {
            record(source, round, reply);
            java.util.Optional<T> read = reader.apply(reply.text());
            if (read.isPresent()) {
                return read.get();
            }
            if (reply.call().sample() >= settings.reasks()) {
                fellBack(reply.call().purpose());
                return fallback.apply(reply);
            }
            // A re-ask is awaited at once: asked on this thread.
            reply = await(askHere(reply.call().again()));
        }
    }

    /**
     * The unit-length embedding of {@code text} ({@link Embeddings}), as it will be: computed on an
     * embedding thread while the simulation goes on (a memory is embedded when it is formed, and
     * only its retrieval, usually a month later, waits for the vector). Each distinct text is
     * embedded once per run (members of one society remember the same report and summary, and ask
     * with the same queries), and once per process while it is recent ({@link #RECENT_VECTORS}: the
     * runs of a sweep share their common texts); the vectors are kept in the cache unless it is off,
     * so a replay reads the vectors the run used. The vector does not depend on when, or in which
     * run, it is computed, so neither do the events. The run's model ({@code llm.embeddings}) computes
     * it, and the vectors of another model are never taken for it ({@link MemoryEmbeddings#key}).
     * Any thread (an answer's insights are embedded as it arrives).
     *
     * @throws IllegalStateException if the run embeds nothing ({@code llm.embeddings: none})
     */
    public CompletableFuture<float[]> embedLater(String text) {
        MemoryEmbeddings model = settings.embeddings();
        if (model == MemoryEmbeddings.NONE) {
            throw new IllegalStateException("llm.embeddings is none: memories are ranked without vectors");
        }
        return embedded.computeIfAbsent(text, t -> {
            // A kept vector is read at once (a look-up in the store, microseconds): a replay never hands
            // a text to another thread.
            String key = model.key(t);
            float[] kept = keptVector(key);
            return kept != null ? CompletableFuture.completedFuture(kept)
                    : recentVector(model, t).thenApply(vector -> keep(key, vector));
        });
    }

    /** The vector this run's cache holds under {@code key} ({@link MemoryEmbeddings#key}), or null. */
    private float[] keptVector(String key) {
        return cache == null || closed ? null : cache.embedding(key);
    }

    private float[] keep(String key, float[] vector) {
        if (cache != null && !closed) {
            cache.keepEmbedding(key, vector);
        }
        return vector;
    }

    /** The process's vector of {@code text} by {@code model}: computed by the first run that asks, shared while it is recent. */
    private static CompletableFuture<float[]> recentVector(MemoryEmbeddings model, String text) {
        String key = model.key(text);
        synchronized (RECENT_VECTORS) {
            CompletableFuture<float[]> vector = RECENT_VECTORS.get(key);
            if (vector == null) {
                vector = CompletableFuture.supplyAsync(() -> Embeddings.of(model, text), EMBEDDERS);
                RECENT_VECTORS.put(key, vector);
                // A failure is not kept: the next run to ask tries again.
                vector.whenComplete((v, failure) -> {
                    if (failure != null) {
                        synchronized (RECENT_VECTORS) {
                            RECENT_VECTORS.remove(key);
                        }
                    }
                });
            }
            return vector;
        }
    }

    /**
     * Forgets the vectors this process's runs share, so that the next run embeds every text it
     * meets, as the first run of a process does: for benchmarks that repeat one society and measure
     * each repeat as a run of its own. Vectors still being computed are finished by their runs. Any thread.
     */
    public static void forgetSharedVectors() {
        synchronized (RECENT_VECTORS) {
            RECENT_VECTORS.clear();
        }
    }

    /** Counts an answer that could not be read even after the re-asks, and was replaced by its documented fallback. */
    public void fellBack(String purpose) {
        fallbacks.merge(purpose, 1L, Long::sum);
    }

    private void writeLine(String source, int round, Reply reply) {
        if (transcript == null) {
            return;
        }
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("call", calls);
        line.put("round", round);
        line.put("member", source);
        line.put("purpose", reply.call().purpose());
        line.put("model", reply.call().model());
        line.put("sample", reply.call().sample());
        line.put("cached", reply.cached());
        line.put("latencyMs", reply.latencyNanos() / 1e6);
        line.put("promptTokens", reply.answer().promptTokens());
        line.put("completionTokens", reply.answer().completionTokens());
        line.put("promptHash", reply.call().promptHash());
        line.put("system", reply.call().system());
        line.put("user", reply.call().user());
        line.put("answer", reply.text());
        try {
            transcript.write(LINE.writeValueAsString(line));
            transcript.newLine();
            transcript.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the transcript " + TRANSCRIPT_FILE, e);
        }
    }

    private RunFailure stop(String reason, Throwable cause) {
        stoppedBecause = reason;
        close();
        return new RunFailure(reason, cause);
    }

    /** The calls answered and recorded so far, each one {@link LanguageModelCalled} event. Simulation thread. */
    public long calls() {
        return calls;
    }

    /** The prompt and completion tokens of those calls. Simulation thread. */
    public long tokens() {
        return promptTokens + completionTokens;
    }

    /** What the manifest says about the run's calls: counts, tokens, cache hits, waiting, and why it stopped. */
    public Map<String, Object> report() {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("calls", calls);
        report.put("cacheHits", cacheHits);
        report.put("endpointCalls", calls - cacheHits);
        report.put("promptTokens", promptTokens);
        report.put("completionTokens", completionTokens);
        report.put("reasks", reasks);
        report.put("fallbacks", new LinkedHashMap<>(fallbacks));
        report.put("waitSeconds", waitNanos / 1e9);
        report.put("settings", settings.describe());
        if (stoppedBecause != null) {
            report.put("stoppedBecause", stoppedBecause);
        }
        return Map.of("llm", report);
    }

    /** Closes the transcript and leaves the cache. Idempotent. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        // Embeddings still being computed finish before the cache they go into is left, so a replay
        // finds every vector the run asked for.
        for (CompletableFuture<float[]> pending : embedded.values()) {
            try {
                pending.join();
            } catch (CompletionException | java.util.concurrent.CancellationException e) {
                // A failed embedding already failed the retrieval that needed it, if any did.
            }
        }
        closed = true;
        try {
            if (transcript != null) {
                transcript.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (cache != null) {
                cache.close();
            }
        }
    }
}
