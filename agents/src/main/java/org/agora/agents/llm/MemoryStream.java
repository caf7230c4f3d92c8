package org.agora.agents.llm;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * A member's dated memories in words, and their retrieval into prompts. A memory is kept for
 * {@link #EXPIRY_DAYS} days unless it is always kept (the agreed limit); retrieval ranks the live
 * memories by relevance to the query (cosine similarity of {@link Embeddings}), recency (halving
 * every {@link #RECENCY_HALF_LIFE_DAYS} days) and importance (0 to 10, scaled to 0 to 1), summed
 * with equal weights, and returns the always-kept ones first, then the best of the rest, each as a
 * dated line, oldest first.
 *
 * <p>A query may be several lines (the latest utterances of a meeting): its vector is the sum of
 * the lines' vectors, scaled to unit length, so each line is embedded once however many queries
 * it takes part in, and a line already remembered (the mayor's report) shares its memory's vector.
 *
 * <p>A memory's embedding is asked for when the memory is formed and computed elsewhere (see
 * {@link LanguageModelSession#embedLater}); retrieval only waits for the vectors it has to compare,
 * so the model runs while the run's next calls are in flight, not on the chain of dependent calls;
 * when every live memory fits in the prompt, nothing is ranked and no vector is waited for.
 * Ranking uses the same vectors whenever they are computed, so the result does not depend on timing.
 *
 * <p>Threading: the simulation thread of its run.
 */
public final class MemoryStream {

    /** Memories older than this are forgotten unless always kept. */
    public static final int EXPIRY_DAYS = 63;
    /** Recency halves every this many days. */
    public static final double RECENCY_HALF_LIFE_DAYS = 30;

    /**
     * One memory.
     *
     * @param date when it was formed
     * @param text what it says
     * @param importance 0 to 10
     * @param alwaysKept never expires and is always retrieved
     * @param order its place in the stream (ties are broken by it, so retrieval is deterministic)
     * @param pendingEmbedding the unit-length embedding of {@code text}, perhaps still being computed;
     *     null when the stream ranks without embeddings
     */
    public record Entry(LocalDate date, String text, int importance, boolean alwaysKept, int order,
            CompletableFuture<float[]> pendingEmbedding) {

        /** The embedding of {@code text}, waiting for it if it is still being computed; null without embeddings. */
        public float[] embedding() {
            return pendingEmbedding == null ? null : pendingEmbedding.join();
        }

        /** The dated line a prompt shows. */
        public String line() {
            return date + ": " + text;
        }
    }

    private final List<Entry> entries = new ArrayList<>();
    private final Function<String, CompletableFuture<float[]>> embedder;

    /**
     * @param embedder the unit-length embedding of a text, as it will be once computed
     *     ({@link LanguageModelSession#embedLater}, or {@link #now} of {@link Embeddings#of});
     *     null to rank by recency and importance only
     */
    public MemoryStream(Function<String, CompletableFuture<float[]>> embedder) {
        this.embedder = embedder;
    }

    /** An embedder that computes each vector on the calling thread, at once. */
    public static Function<String, CompletableFuture<float[]>> now(Function<String, float[]> embedding) {
        return text -> CompletableFuture.completedFuture(embedding.apply(text));
    }

    /** Adds a memory formed on {@code date}. */
    public void add(LocalDate date, String text, int importance, boolean alwaysKept) {
        entries.add(new Entry(date, text, Math.max(0, Math.min(10, importance)), alwaysKept, entries.size(),
                embedder == null ? null : embedder.apply(text)));
    }

    /** Drops the always-kept flag of earlier memories starting with {@code prefix} (a new agreement replaces the old). */
    public void supersede(String prefix) {
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            if (e.alwaysKept() && e.text().startsWith(prefix)) {
                entries.set(i, new Entry(e.date(), e.text(), e.importance(), false, e.order(), e.pendingEmbedding()));
            }
        }
    }

    /** Every memory, expired ones included, in the order formed. */
    public List<Entry> all() {
        return List.copyOf(entries);
    }

    /** The up to {@code k} memories most worth recalling on {@code today} for {@code query}, as dated lines, oldest first. */
    public List<String> retrieve(String query, LocalDate today, int k) {
        return retrieve(List.of(query), today, k);
    }

    /**
     * The up to {@code k} memories most worth recalling on {@code today} for a query of several
     * lines, as dated lines, oldest first. Waits for no vector when every live memory is recalled anyway.
     */
    public List<String> retrieve(List<String> query, LocalDate today, int k) {
        List<Entry> live = new ArrayList<>();
        List<Entry> kept = new ArrayList<>();
        for (Entry e : entries) {
            if (e.alwaysKept()) {
                kept.add(e);
            } else if (ChronoUnit.DAYS.between(e.date(), today) <= EXPIRY_DAYS) {
                live.add(e);
            }
        }
        if (live.size() <= Math.max(k, kept.size()) - kept.size()) {
            // Every live memory is recalled whatever its score: ranking, and so its vectors, cannot matter.
            List<Entry> all = new ArrayList<>(kept);
            all.addAll(live);
            all.sort(Comparator.comparingInt(Entry::order));
            return all.stream().map(Entry::line).toList();
        }
        float[] q = embedder != null ? queryVector(query) : null;
        List<Scored> scored = new ArrayList<>();
        for (Entry e : live) {
            double days = ChronoUnit.DAYS.between(e.date(), today);
            double score = Math.pow(0.5, days / RECENCY_HALF_LIFE_DAYS) + e.importance() / 10.0
                    + (q == null ? 0 : Embeddings.similarity(q, e.embedding()));
            scored.add(new Scored(e, score));
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparingInt(s -> s.entry().order()));
        List<Entry> chosen = new ArrayList<>(kept);
        for (Scored s : scored) {
            if (chosen.size() >= Math.max(k, kept.size())) {
                break;
            }
            chosen.add(s.entry());
        }
        chosen.sort(Comparator.comparingInt(Entry::order));
        return chosen.stream().map(Entry::line).toList();
    }

    /** The sum of the query lines' vectors, at unit length (one line: its own vector). */
    private float[] queryVector(List<String> lines) {
        List<CompletableFuture<float[]>> pending = lines.stream().map(embedder).toList();
        float[] sum = null;
        for (CompletableFuture<float[]> line : pending) {
            float[] vector = line.join();
            if (sum == null) {
                sum = vector.clone();
            } else {
                for (int i = 0; i < sum.length; i++) {
                    sum[i] += vector[i];
                }
            }
        }
        return pending.size() == 1 ? sum : Embeddings.unit(sum);
    }

    private record Scored(Entry entry, double score) {
    }
}
