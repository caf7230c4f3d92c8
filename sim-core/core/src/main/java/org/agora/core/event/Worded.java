package org.agora.core.event;

/**
 * A closed set of values (an enum) that events carry as a word of its own rather than as its
 * constants' names: a density is {@code medium} in {@code events.jsonl}, not {@code MEDIUM}. The
 * event codec writes {@link #word()} and reads a value back by its word, so a field can become
 * typed without changing a byte of the files already written. Implemented by enums only.
 */
public interface Worded {

    /** The word events carry for this value; distinct among the enum's constants. */
    String word();
}
