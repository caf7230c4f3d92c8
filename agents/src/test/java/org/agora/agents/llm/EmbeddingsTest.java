package org.agora.agents.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmbeddingsTest {

    private static final List<String> TEXTS = List.of("how many tons to fish this month",
            "Mayor: This month John wanted 12 and got 12, Kate wanted 12 and got 12, Jack wanted 12 and got 12,"
                    + " Emma wanted 12 and got 12 and Luke wanted 12 and got 12 (tons). The lake now holds 40 tons of fish.",
            "Kate: I propose we each take at most 9 from now on.",
            "Keeping to the agreed limit keeps the commons alive.",
            "a long memory, longer than the model reads at once ".repeat(60));

    /**
     * Agora runs LangChain4j's all-MiniLM-L6-v2 in an ONNX session of its own (one thread, no spinning):
     * its vectors must be LangChain4j's own, bit for bit, or memories would rank differently and the
     * events of a run would change.
     */
    @Test
    void theOwnSessionGivesLangChain4jsVectorsBitForBit() {
        AllMiniLmL6V2EmbeddingModel langChain4j = new AllMiniLmL6V2EmbeddingModel();
        for (String text : TEXTS) {
            float[] theirs = Embeddings.unit(langChain4j.embed(text).content().vector());
            assertThat(Embeddings.of(text)).as(text).containsExactly(theirs);
            assertThat(Embeddings.of(text)).hasSize(Embeddings.DIMENSIONS);
        }
    }

    /** The quantized model is LangChain4j's too, bit for bit, and its vectors point nearly where the published model's do. */
    @Test
    void theQuantizedModelGivesLangChain4jsQuantizedVectorsAndRanksAsThePublishedOneDoes() {
        AllMiniLmL6V2QuantizedEmbeddingModel langChain4j = new AllMiniLmL6V2QuantizedEmbeddingModel();
        for (String text : TEXTS) {
            float[] ours = Embeddings.of(MemoryEmbeddings.ALL_MINILM_L6_V2_Q, text);
            assertThat(ours).as(text).containsExactly(Embeddings.unit(langChain4j.embed(text).content().vector()));
            assertThat(ours).as(text).isNotEqualTo(Embeddings.of(text));
            assertThat(Embeddings.similarity(ours, Embeddings.of(text))).as(text).isGreaterThan(0.98);
        }
        for (MemoryEmbeddings model : List.of(MemoryEmbeddings.ALL_MINILM_L6_V2, MemoryEmbeddings.ALL_MINILM_L6_V2_Q)) {
            float[] query = Embeddings.of(model, "how much fish should we catch");
            assertThat(Embeddings.similarity(query, Embeddings.of(model, "Kate: I propose we each take at most 9 from now on.")))
                    .as(model.word()).isGreaterThan(Embeddings.similarity(query,
                            Embeddings.of(model, "The weather was sunny and the birds sang.")) + 0.1);
        }
    }

    @Test
    void withoutAModelNothingIsEmbedded() {
        assertThatThrownBy(() -> Embeddings.of(MemoryEmbeddings.NONE, "how many tons to fish this month"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
