package org.agora.agents.llm;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * One run's vectors of the texts its members remember and query with ({@link Embeddings}, by the
 * run's {@code llm.embeddings} model), each asked for once and computed on an embedding thread while
 * the simulation goes on: a memory is embedded when it is formed, and only its retrieval, usually a
 * month later, waits for the vector.
 *
 * <p>Three places hold a vector, looked at in this order: this run's own map (members of one
 * society remember the same report and summary, and ask with the same queries); the run's cache
 * unless it is off, so a replay reads the vectors the run used and never hands a text to another
 * thread; and the process's recent vectors ({@link #RECENT_TEXTS}), so the runs of a sweep share
 * their common texts. A vector does not depend on when, or in which run, it is computed, so neither
 * do the events; the vectors of another model are never taken for the run's ({@link MemoryEmbeddings#key}).
 *
 * <p>Threading: {@link #of} from any thread (an answer's insights are embedded as it arrives);
 * {@link #finish} once, from the thread that closes the run's session.
 */
final class MemoryVectors {

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
    private static final Map<String, CompletableFuture<float[]>> RECENT = new LinkedHashMap<>(256, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, CompletableFuture<float[]>> eldest) {
            return size() > RECENT_TEXTS;
        }
    };

    private final MemoryEmbeddings model;
    private final ResponseCache cache;
    /** Each text's vector, asked for once by this run. */
    private final Map<String, CompletableFuture<float[]>> asked = new ConcurrentHashMap<>();
    private volatile boolean finished;

    /**
     * @param model the run's embedding model (not {@link MemoryEmbeddings#NONE})
     * @param cache the run's cache, where vectors are read and kept; null when the cache is off
     */
    MemoryVectors(MemoryEmbeddings model, ResponseCache cache) {
        if (model == MemoryEmbeddings.NONE) {
            throw new IllegalArgumentException("no embedding model was chosen");
        }
        this.model = model;
        this.cache = cache;
    }

    /** The unit-length embedding of {@code text}, as it will be once computed. */
    CompletableFuture<float[]> of(String text) {
        return asked.computeIfAbsent(text, t -> {
            // A kept vector is read at once (a look-up in the store, microseconds).
            String key = model.key(t);
            float[] kept = cache == null || finished ? null : cache.embedding(key);
            return kept != null ? CompletableFuture.completedFuture(kept)
                    : recent(model, t).thenApply(vector -> keep(key, vector));
        });
    }

    private float[] keep(String key, float[] vector) {
        if (cache != null && !finished) {
            cache.keepEmbedding(key, vector);
        }
        return vector;
    }

    /**
     * Waits for the vectors still being computed, so they are kept before the run leaves its cache and
     * a replay finds every vector the run asked for; later asks are computed but no longer kept.
     */
    void finish() {
        for (CompletableFuture<float[]> pending : asked.values()) {
            try {
                pending.join();
            } catch (CompletionException | CancellationException e) {
                // A failed embedding already failed the retrieval that needed it, if any did.
            }
        }
        finished = true;
    }

    /** The process's vector of {@code text} by {@code model}: computed by the first run that asks, shared while it is recent. */
    private static CompletableFuture<float[]> recent(MemoryEmbeddings model, String text) {
        String key = model.key(text);
        synchronized (RECENT) {
            CompletableFuture<float[]> vector = RECENT.get(key);
            if (vector == null) {
                vector = CompletableFuture.supplyAsync(() -> Embeddings.of(model, text), EMBEDDERS);
                RECENT.put(key, vector);
                // A failure is not kept: the next run to ask tries again.
                vector.whenComplete((v, failure) -> {
                    if (failure != null) {
                        synchronized (RECENT) {
                            RECENT.remove(key);
                        }
                    }
                });
            }
            return vector;
        }
    }

    /**
     * Forgets the vectors the process's runs share, so that the next run embeds every text it meets,
     * as the first run of a process does. Vectors still being computed are finished by their runs.
     * Any thread.
     */
    static void forgetShared() {
        synchronized (RECENT) {
            RECENT.clear();
        }
    }
}
