package org.agora.agents.llm;

import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The strict reading of an answer's decision: the whole number right after the first
 * {@code Answer:} (case-insensitive, spaces allowed, an optional unit after it). Anything else,
 * a missing label, a label followed by words or a negative number, is no answer: the caller
 * re-asks and at last falls back.
 */
public final class AnswerFormat {

    private static final Pattern ANSWER = Pattern.compile("(?i)answer\\s*:\\s*\\**\\s*(\\d{1,9})(?!\\d|\\.\\d)");
    private static final Pattern LABEL = Pattern.compile("(?i)answer\\s*:");
    /** Each label's line pattern, compiled once (a meeting's turn reads three fields). */
    private static final Map<String, Pattern> FIELDS = new ConcurrentHashMap<>();

    private AnswerFormat() {
    }

    /** The number after the first {@code Answer:}, or empty if that label is missing or not followed by a whole number. */
    public static OptionalInt number(String answer) {
        Matcher label = LABEL.matcher(answer);
        if (!label.find()) {
            return OptionalInt.empty();
        }
        Matcher number = ANSWER.matcher(answer);
        if (!number.find(label.start()) || number.start() != label.start()) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(Integer.parseInt(number.group(1)));
    }

    /** The text after the first line starting with {@code label:} (case-insensitive), trimmed, or null if none. */
    public static String field(String answer, String label) {
        Pattern line = FIELDS.computeIfAbsent(label,
                name -> Pattern.compile("(?im)^\\s*\\**" + Pattern.quote(name) + "\\**\\s*:\\s*(.*)$"));
        Matcher matcher = line.matcher(answer);
        return matcher.find() ? matcher.group(1).strip() : null;
    }
}
