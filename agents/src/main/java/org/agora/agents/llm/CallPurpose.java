package org.agora.agents.llm;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.agora.core.event.Worded;

/** What a language-model call decides; events carry it as its lower-case word ({@code act}). */
public enum CallPurpose implements Worded {
    /** A member's harvest request for the month. */
    ACT,
    /** A member's utterance in the discussion. */
    CONVERSE,
    /** The framework model's summary of the discussion. */
    SUMMARY,
    /** The framework model's reading of an agreed limit. */
    LIMIT,
    /** A member's reflection on its memories. */
    REFLECT;

    /**
     * The purpose a word names.
     *
     * @throws IllegalArgumentException if none does
     */
    public static CallPurpose of(String word) {
        CallPurpose purpose = BY_WORD.get(word);
        return purpose != null ? purpose : Worded.byWord(CallPurpose.class, word);
    }

    /**
     * Each purpose by its word, made once: every recorded call looks its purpose up, and the search
     * {@link Worded#byWord} makes (the constants copied, each word made again) showed in a profile of
     * the simulation thread.
     */
    private static final Map<String, CallPurpose> BY_WORD = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(CallPurpose::word, purpose -> purpose));
}
