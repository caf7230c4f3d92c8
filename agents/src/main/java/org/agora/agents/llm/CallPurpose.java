package org.agora.agents.llm;

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
        return Worded.byWord(CallPurpose.class, word);
    }
}
