package org.agora.agents.llm;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Which in-process model ranks a member's memories by relevance to a query ({@code llm.embeddings}).
 * Both models are LangChain4j's all-MiniLM-L6-v2 (384 dimensions), whose weights ship in its jars;
 * the quantized one (8-bit weights) embeds a short line in about 2.3 ms instead of 6 ms on one
 * core here and loads in less than half the time (1.3 s against 2.8 s, its first line included),
 * and ranks nearly alike (its vectors are not the same, so runs with it have events of their own). Without a model, memories are ranked by recency and
 * importance alone: an ablation of relevance.
 */
public enum MemoryEmbeddings {

    /** LangChain4j's all-MiniLM-L6-v2 as published (32-bit weights): the default. */
    ALL_MINILM_L6_V2("all-minilm-l6-v2"),
    /** LangChain4j's quantized all-MiniLM-L6-v2 (8-bit weights). */
    ALL_MINILM_L6_V2_Q("all-minilm-l6-v2-q"),
    /** No relevance: memories are ranked by recency and importance only, and nothing is embedded. */
    NONE("none");

    /** The model a run uses unless its llm block says otherwise. */
    public static final MemoryEmbeddings DEFAULT = ALL_MINILM_L6_V2;

    private final String word;

    MemoryEmbeddings(String word) {
        this.word = word;
    }

    /** The word of a scenario file. */
    public String word() {
        return word;
    }

    /** The choice a scenario file's word names, or empty. */
    public static Optional<MemoryEmbeddings> of(String word) {
        return Arrays.stream(values()).filter(choice -> choice.word.equals(word)).findFirst();
    }

    /** Every word a scenario file may use. */
    public static List<String> words() {
        return Arrays.stream(values()).map(MemoryEmbeddings::word).toList();
    }

    /**
     * What a text's vector is kept under, in a run's cache and among the vectors a process's runs
     * share: the text itself for the default model (so caches written before there was a choice
     * still serve their vectors), else the model's word and the text, so that vectors of two
     * models never stand in for each other.
     */
    public String key(String text) {
        return this == DEFAULT ? text : word + '\u0000' + text;
    }
}
