package org.agora.agents.llm;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Text embeddings in process: LangChain4j's all-MiniLM-L6-v2 (384 dimensions), as published or
 * quantized ({@link MemoryEmbeddings}), whose weights ship in LangChain4j's jars, so nothing is
 * downloaded. Each model is loaded once per process, on first use (about 2.8 s here; the quantized
 * one, 1.3 s), and shared by every run.
 *
 * <p>It is LangChain4j's model (the same weights, tokenizer and mean pooling, so the same vectors)
 * in an ONNX session of its own: one thread per embedding and no spinning. ONNX Runtime's default
 * gives each embedding a pool of threads, one per core, that spin while they wait for work; on a
 * machine of two cores, where the process already embeds on one thread per core
 * ({@link LanguageModelSession#embedLater}), those spinning threads took the cores from the
 * simulation thread and the HTTP client's, which the chain of dependent calls waits for.
 *
 * <p>Threading: thread-safe.
 */
public final class Embeddings {

    /** The length of a vector. */
    public static final int DIMENSIONS = 384;

    private static final class Published {
        static final EmbeddingModel MODEL = load(AllMiniLmL6V2EmbeddingModel.class, "/all-minilm-l6-v2.onnx",
                "/all-minilm-l6-v2-tokenizer.json");
    }

    private static final class Quantized {
        static final EmbeddingModel MODEL = load(AllMiniLmL6V2QuantizedEmbeddingModel.class, "/all-minilm-l6-v2-q.onnx",
                "/all-minilm-l6-v2-q-tokenizer.json");
    }

    /** The model whose jar holds {@code weightsName} and {@code tokenizerName}, in a session of one thread. */
    private static EmbeddingModel load(Class<?> jar, String weightsName, String tokenizerName) {
        try (InputStream weights = resource(jar, weightsName);
                InputStream tokenizer = resource(jar, tokenizerName);
                OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            OnnxBertBiEncoder encoder = new OnnxBertBiEncoder(environment,
                    environment.createSession(weights.readAllBytes(), options), tokenizer, PoolingMode.MEAN);
            // Texts are embedded one at a time, on the caller's thread.
            return new AbstractInProcessEmbeddingModel(Runnable::run) {
                @Override
                protected OnnxBertBiEncoder model() {
                    return encoder;
                }

                @Override
                protected Integer knownDimension() {
                    return DIMENSIONS;
                }
            };
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + weightsName + " from LangChain4j's jar", e);
        } catch (OrtException e) {
            throw new IllegalStateException("cannot load " + weightsName + " into ONNX Runtime", e);
        }
    }

    private static InputStream resource(Class<?> jar, String name) {
        InputStream in = jar.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("LangChain4j's jar of " + jar.getSimpleName() + " has no " + name);
        }
        return in;
    }

    private Embeddings() {
    }

    /** The unit-length embedding of {@code text} by the default model. */
    public static float[] of(String text) {
        return of(MemoryEmbeddings.DEFAULT, text);
    }

    /**
     * The unit-length embedding of {@code text} by {@code model}.
     *
     * @throws IllegalArgumentException for {@link MemoryEmbeddings#NONE}
     */
    public static float[] of(MemoryEmbeddings model, String text) {
        EmbeddingModel embedder = switch (model) {
            case ALL_MINILM_L6_V2 -> Published.MODEL;
            case ALL_MINILM_L6_V2_Q -> Quantized.MODEL;
            case NONE -> throw new IllegalArgumentException("no embedding model was chosen");
        };
        return unit(embedder.embed(text).content().vector());
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
