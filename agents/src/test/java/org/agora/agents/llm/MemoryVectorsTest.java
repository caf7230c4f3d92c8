package org.agora.agents.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MemoryVectorsTest {

    private static final String TEXT = "Kate: I propose we each take at most 9 from now on.";

    @Test
    void aTextIsAskedForOncePerRunAndItsVectorIsTheModelsOwn() {
        MemoryVectors vectors = new MemoryVectors(MemoryEmbeddings.ALL_MINILM_L6_V2, null);
        CompletableFuture<float[]> first = vectors.of(TEXT);
        assertThat(vectors.of(TEXT)).isSameAs(first);
        assertThat(first.join()).containsExactly(Embeddings.of(TEXT));
    }

    /** A replay reads the vectors its run kept, on the asking thread: nothing is handed to an embedding thread. */
    @Test
    void theVectorsARunAskedForAreKeptInItsCacheAndALaterRunReadsThemAtOnce(@TempDir Path dir) {
        // The process's shared vectors are forgotten before each run, so that neither finds the other's.
        MemoryVectors.forgetShared();
        runOnce(dir, MemoryEmbeddings.ALL_MINILM_L6_V2);
        MemoryVectors.forgetShared();
        try (ResponseCache cache = ResponseCache.open(dir)) {
            MemoryVectors replay = new MemoryVectors(MemoryEmbeddings.ALL_MINILM_L6_V2, cache);
            CompletableFuture<float[]> vector = replay.of(TEXT);
            assertThat(vector).isCompleted();
            assertThat(vector.join()).containsExactly(Embeddings.of(TEXT));
            // Another model's vector of the same text is never taken for this one.
            assertThat(new MemoryVectors(MemoryEmbeddings.ALL_MINILM_L6_V2_Q, cache).of(TEXT).join())
                    .containsExactly(Embeddings.of(MemoryEmbeddings.ALL_MINILM_L6_V2_Q, TEXT));
        }
    }

    @Test
    void aRunWithoutEmbeddingsHasNoVectors() {
        assertThatThrownBy(() -> new MemoryVectors(MemoryEmbeddings.NONE, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static void runOnce(Path dir, MemoryEmbeddings model) {
        try (ResponseCache cache = ResponseCache.open(dir)) {
            MemoryVectors run = new MemoryVectors(model, cache);
            run.of(TEXT);
            run.finish();
        }
    }
}
