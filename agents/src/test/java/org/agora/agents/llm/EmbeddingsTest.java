package org.agora.agents.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmbeddingsTest {

    /**
     * Agora runs LangChain4j's all-MiniLM-L6-v2 in an ONNX session of its own (one thread, no spinning):
     * its vectors must be LangChain4j's own, bit for bit, or memories would rank differently and the
     * events of a run would change.
     */
    @Test
    void theOwnSessionGivesLangChain4jsVectorsBitForBit() {
        AllMiniLmL6V2EmbeddingModel langChain4j = new AllMiniLmL6V2EmbeddingModel();
        List<String> texts = List.of("how many tons to fish this month",
                "Mayor: This month John wanted 12 and got 12, Kate wanted 12 and got 12, Jack wanted 12 and got 12,"
                        + " Emma wanted 12 and got 12 and Luke wanted 12 and got 12 (tons). The lake now holds 40 tons of fish.",
                "Kate: I propose we each take at most 9 from now on.",
                "Keeping to the agreed limit keeps the commons alive.",
                "a long memory, longer than the model reads at once ".repeat(60));
        for (String text : texts) {
            float[] theirs = Embeddings.unit(langChain4j.embed(text).content().vector());
            assertThat(Embeddings.of(text)).as(text).containsExactly(theirs);
            assertThat(Embeddings.of(text)).hasSize(Embeddings.DIMENSIONS);
        }
    }
}
