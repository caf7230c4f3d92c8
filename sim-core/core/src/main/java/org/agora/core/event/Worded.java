package org.agora.core.event;

import java.util.Locale;

/**
 * A closed set of values (an enum) that events carry as a word of its own rather than as its
 * constants' names: a density is {@code medium} in {@code events.jsonl}, not {@code MEDIUM}. The
 * event codec writes {@link #word()} and reads a value back by its word, so a field can become
 * typed without changing a byte of the files already written. Implemented by enums only.
 */
public interface Worded {

    /** The word events carry for this value, distinct among the enum's constants: by default the constant's name in lower case. */
    default String word() {
        return ((Enum<?>) this).name().toLowerCase(Locale.ROOT);
    }

    /**
     * The constant of {@code type} whose word is {@code word} (looked up in an index made once per type).
     *
     * @throws IllegalArgumentException naming the type and the word if none is
     */
    static <E extends Enum<E> & Worded> E byWord(Class<E> type, String word) {
        E constant = WordIndex.find(type, word);
        if (constant == null) {
            throw new IllegalArgumentException("no " + type.getSimpleName() + " is called '" + word + "'");
        }
        return constant;
    }
}
