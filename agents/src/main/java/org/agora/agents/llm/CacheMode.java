package org.agora.agents.llm;

import java.util.Arrays;
import java.util.List;

/** How a run uses the language-model response cache. */
public enum CacheMode {

    /** Answers are read from the cache when there, asked from the endpoint and kept otherwise (the default). */
    READ_WRITE("read-write"),

    /** Every answer must come from the cache; a missing one fails the run (the endpoint is never asked). */
    REPLAY_ONLY("replay-only"),

    /** No cache: every call goes to the endpoint and nothing is kept. */
    OFF("off");

    private final String word;

    CacheMode(String word) {
        this.word = word;
    }

    /** The word scenario files use. */
    public String word() {
        return word;
    }

    /** The mode called {@code word}, or empty. */
    public static java.util.Optional<CacheMode> of(String word) {
        return Arrays.stream(values()).filter(mode -> mode.word.equals(word)).findFirst();
    }

    /** Every mode's word. */
    public static List<String> words() {
        return Arrays.stream(values()).map(CacheMode::word).toList();
    }
}
