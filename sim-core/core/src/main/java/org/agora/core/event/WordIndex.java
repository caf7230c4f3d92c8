package org.agora.core.event;

import java.util.HashMap;
import java.util.Map;

/**
 * Each {@link Worded} enum's constants by their words, made once per type on first use: a lookup
 * runs for every worded value read back (the event codec, command options, the language-model
 * calls' purposes), where a search would copy the constants and make each word again.
 *
 * <p>Threading: thread-safe ({@link ClassValue}).
 */
final class WordIndex {

    private static final ClassValue<Map<String, Object>> BY_TYPE = new ClassValue<>() {
        @Override
        protected Map<String, Object> computeValue(Class<?> type) {
            Map<String, Object> byWord = new HashMap<>();
            for (Object constant : type.getEnumConstants()) {
                // the first constant with a word wins, as a search in declaration order would find it
                byWord.putIfAbsent(((Worded) constant).word(), constant);
            }
            return Map.copyOf(byWord);
        }
    };

    private WordIndex() {
    }

    /** The constant of {@code type} whose word is {@code word}, or null if none is. */
    static <E extends Enum<E> & Worded> E find(Class<E> type, String word) {
        return word == null ? null : type.cast(BY_TYPE.get(type).get(word));
    }
}
