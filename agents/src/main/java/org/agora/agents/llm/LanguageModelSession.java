package org.agora.agents.llm;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.agora.core.event.EventBus;
import org.agora.core.run.RunFailure;

/**
 * One run's access to language models: asks go out on worker threads, concurrently (bounded by
 * the {@link Endpoint}'s limit), through the {@link ResponseCache}; the simulation thread waits
 * for the answers it needs with {@link #await} and records each one with {@link #record}, in an
 * order of its own choosing, so the events ({@link LanguageModelCalled}) and the transcript lines
 * come in the same order whatever order the answers arrived in.
 *
 * <p>Keeps the run's {@link CallLedger} (the transcript {@code llm-transcript.jsonl} in the run
 * directory, and the counts {@link #report()} puts into the manifest) and its {@link MemoryVectors}.
 * Stops the run with a {@link RunFailure} when the token budget is spent, when the
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
    private final LlmSettings settings;
    private final EventBus events;
    /** Where asked calls go to be made: the process's {@link #WORKERS}. */
    private final Executor workers;
    private final Endpoint endpoint;
    private final ResponseCache cache;
    private final CallLedger ledger;
    /** The run's vectors of memories and queries; null when it ranks memories without them. */
    private final MemoryVectors vectors;
    /** This run's calls asked and not yet claimed by a thread, newest first; guarded by itself. */
    private final Deque<Asked> unclaimed = new ArrayDeque<>();
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
        this.vectors = settings.embeddings() == MemoryEmbeddings.NONE ? null : new MemoryVectors(settings.embeddings(), cache);
        try {
            this.ledger = new CallLedger(runDirectory == null ? null : runDirectory.resolve(TRANSCRIPT_FILE));
        } catch (RuntimeException e) {
            if (cache != null) {
                cache.close();
            }
            throw e;
        }
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
            ledger.waited(System.nanoTime() - start);
        }
    }

    /** The cached answer to {@code call}, a failure if a replay-only run misses it, or null to ask the endpoint. */
    private CompletableFuture<Reply> lookUp(ChatCall call, long start) {
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
            ledger.waited(System.nanoTime() - start);
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
        events.publish(new LanguageModelCalled(events.stamp(source), round, CallPurpose.of(call.purpose()), call.model(),
                call.sample(), answer.promptTokens(), answer.completionTokens(), call.promptHash()));
        ledger.record(source, round, reply);
        long spent = ledger.tokens();
        if (settings.tokenBudget() > 0 && spent > settings.tokenBudget()) {
            throw stop("token budget spent: " + spent + " tokens after " + ledger.calls() + " calls (llm.tokenBudget is "
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
            Function<String, Optional<T>> reader, Function<Reply, T> fallback) {
        Reply reply = await(pending);
        while (true) {
            record(source, round, reply);
            Optional<T> read = reader.apply(reply.text());
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
     * The unit-length embedding of {@code text} by the run's model ({@code llm.embeddings}), as it
     * will be: computed on an embedding thread while the simulation goes on, once per distinct text
     * of the run, kept in the cache for its replay and shared by the process's runs while recent
     * ({@link MemoryVectors}). Any thread (an answer's insights are embedded as it arrives).
     *
     * @throws IllegalStateException if the run embeds nothing ({@code llm.embeddings: none})
     */
    public CompletableFuture<float[]> embedLater(String text) {
        if (vectors == null) {
            throw new IllegalStateException("llm.embeddings is none: memories are ranked without vectors");
        }
        return vectors.of(text);
    }

    /**
     * Forgets the vectors this process's runs share, so that the next run embeds every text it
     * meets, as the first run of a process does: for benchmarks that repeat one society and measure
     * each repeat as a run of its own. Vectors still being computed are finished by their runs. Any thread.
     */
    public static void forgetSharedVectors() {
        MemoryVectors.forgetShared();
    }

    /** Counts an answer that could not be read even after the re-asks, and was replaced by its documented fallback. */
    private void fellBack(String purpose) {
        ledger.fellBack(purpose);
    }

    private RunFailure stop(String reason, Throwable cause) {
        stoppedBecause = reason;
        close();
        return new RunFailure(reason, cause);
    }

    /** What the manifest says about the run's calls: counts, tokens, cache hits, waiting, and why it stopped. */
    public Map<String, Object> report() {
        return Map.of("llm", ledger.report(settings, stoppedBecause));
    }

    /** Closes the transcript and leaves the cache. Idempotent. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        if (vectors != null) {
            vectors.finish();
        }
        closed = true;
        try {
            ledger.close();
        } finally {
            if (cache != null) {
                cache.close();
            }
        }
    }
}
