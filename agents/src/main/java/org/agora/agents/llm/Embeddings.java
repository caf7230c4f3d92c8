package org.agora.agents.llm;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;

/**
 * Text embeddings in process: all-MiniLM-L6-v2 (384 dimensions), whose weights ship in
 * LangChain4j's jar, so nothing is downloaded. The model is loaded once per process, on first use
 * (it takes a second or two), and shared by every run.
 *
 * <p>Threading: thread-safe.
 */
public final class Embeddings {

    private static final class Holder {
        static final EmbeddingModel MODEL = new AllMiniLmL6V2EmbeddingModel();
    }

    private Embeddings() {
    }

    /** The unit-length embedding of {@code text}. */
    public static float[] of(String text) {
        return unit(Holder.MODEL.embed(text).content().vector());
    }

    /** {@code vector} scaled in place to unit length (a zero vector stays zero); returns it. */
    public static float[] unit(float[] vector) {
        double norm = 0;
        for (float v : vector) {
            norm += v * v;
        }
        float scale = norm > 0 ? (float) (1 / Math.sqrt(norm)) : 0f;
        for (int i = 0; i < vector.length; i++) {
            vector[i] *= scale;
        }
        return vector;
    }

    /** The cosine similarity of two unit-length embeddings. */
    public static double similarity(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }
}
