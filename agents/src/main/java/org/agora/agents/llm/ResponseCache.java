package org.agora.agents.llm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * The persistent response cache: every answer a run received, keyed by {@link ChatCall#key()}
 * (model, full request, sample index), and the embeddings of memories, in one MVStore file ({@code responses.mv}) inside the
 * cache directory. Each answer is committed as soon as it is kept, so a run that stops part-way
 * leaves every answer it paid for, and a later run replays them.
 *
 * <p>An MVStore file can be open once per process: runs of one sweep that name the same
 * directory share one open store, counted, and the last to {@link #close()} closes it.
 *
 * <p>Threading: thread-safe.
 */
public final class ResponseCache implements AutoCloseable {

    /** The store's file name in the cache directory. */
    public static final String FILE = "responses.mv";

    private static final Map<Path, Shared> OPEN = new HashMap<>();

    private final Shared shared;
    private boolean closed;

    private static final class Shared {
        final Path file;
        final MVStore store;
        final MVMap<String, String> answers;
        final MVMap<String, byte[]> embeddings;
        int users;

        Shared(Path file, MVStore store) {
            this.file = file;
            this.store = store;
            this.answers = store.openMap("answers");
            this.embeddings = store.openMap("embeddings");
        }
    }

    private ResponseCache(Shared shared) {
        this.shared = shared;
    }

    /**
     * Opens (or joins) the cache in {@code directory}, creating it if needed.
     *
     * @throws UncheckedIOException if the directory cannot be made
     */
    public static ResponseCache open(Path directory) {
        Path file = directory.toAbsolutePath().normalize().resolve(FILE);
        synchronized (OPEN) {
            Shared shared = OPEN.get(file);
            if (shared == null) {
                try {
                    Files.createDirectories(directory);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot create the cache directory " + directory, e);
                }
                shared = new Shared(file, new MVStore.Builder().fileName(file.toString()).autoCommitDisabled().open());
                OPEN.put(file, shared);
            }
            shared.users++;
            return new ResponseCache(shared);
        }
    }

    /** The kept answer to {@code call}, if any. */
    public Optional<ChatAnswer> get(ChatCall call) {
        String stored = shared.answers.get(call.key());
        if (stored == null) {
            return Optional.empty();
        }
        int first = stored.indexOf('\n');
        int second = stored.indexOf('\n', first + 1);
        return Optional.of(new ChatAnswer(stored.substring(second + 1), Integer.parseInt(stored.substring(0, first)),
                Integer.parseInt(stored.substring(first + 1, second))));
    }

    /** Keeps the answer to {@code call}, committed to the file before it returns. */
    public void put(ChatCall call, ChatAnswer answer) {
        shared.answers.put(call.key(), answer.promptTokens() + "\n" + answer.completionTokens() + "\n" + answer.text());
        synchronized (shared) {
            shared.store.commit();
        }
    }

    /**
     * The embedding of {@code text} kept beside the answers, or null: a vector is computed once, then
     * read back, so a replay ranks memories with exactly the vectors of the run it replays, without
     * loading the model.
     */
    public float[] embedding(String text) {
        byte[] kept = shared.embeddings.get(ChatCall.sha256(text));
        if (kept == null) {
            return null;
        }
        float[] vector = new float[kept.length / Float.BYTES];
        java.nio.ByteBuffer.wrap(kept).asFloatBuffer().get(vector);
        return vector;
    }

    /** Keeps the embedding of {@code text} (committed with the next answer, or when the store closes). */
    public void keepEmbedding(String text, float[] vector) {
        java.nio.ByteBuffer bytes = java.nio.ByteBuffer.allocate(vector.length * Float.BYTES);
        bytes.asFloatBuffer().put(vector);
        shared.embeddings.put(ChatCall.sha256(text), bytes.array());
    }

    /** The number of answers kept. */
    public int size() {
        return shared.answers.size();
    }

    /** Leaves the store; the last user closes its file. */
    @Override
    public void close() {
        synchronized (OPEN) {
            if (closed) {
                return;
            }
            closed = true;
            if (--shared.users == 0) {
                OPEN.remove(shared.file);
                shared.store.close();
            }
        }
    }
}
