package org.agora.core.config;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Durations and times as users write them: a number of seconds ({@code 120}, {@code 0.5}) or a
 * number with a unit ({@code 250 ms}, {@code 20 s}, {@code 5 min}, {@code 2 h}, {@code 3 d},
 * {@code 12 months}). A month is 30 days, the round of the monthly societies.
 */
public final class SimTime {

    /** Seconds in one month of the monthly scenarios: 30 days. */
    public static final double MONTH = 30 * 86_400.0;

    private static final Map<String, Double> UNITS = new LinkedHashMap<>();

    static {
        UNITS.put("ms", 0.001);
        UNITS.put("s", 1.0);
        UNITS.put("sec", 1.0);
        UNITS.put("min", 60.0);
        UNITS.put("h", 3600.0);
        UNITS.put("d", 86_400.0);
        UNITS.put("day", 86_400.0);
        UNITS.put("days", 86_400.0);
        UNITS.put("month", MONTH);
        UNITS.put("months", MONTH);
    }

    private SimTime() {
    }

    /** The units understood, for help texts. */
    public static String units() {
        return String.join(", ", UNITS.keySet());
    }

    /**
     * A duration in seconds (&ge; 0) from a number of seconds or a number and a unit.
     *
     * @throws BadInputException naming the value's place if it is not one
     */
    public static double seconds(ConfigNode node) {
        String text = node.isScalar() ? node.asString().strip() : null;
        if (text == null) {
            throw node.error("expected a duration such as '120', '20 s' or '12 months', got " + node.describe());
        }
        int split = 0;
        while (split < text.length() && (Character.isDigit(text.charAt(split)) || ".-+eE_".indexOf(text.charAt(split)) >= 0)) {
            split++;
        }
        String number = text.substring(0, split).strip();
        String unit = text.substring(split).strip();
        if (split > 0 && (text.charAt(split - 1) == 'e' || text.charAt(split - 1) == 'E') && !unit.isEmpty()) {
            number = text.substring(0, split - 1);
            unit = text.substring(split - 1).strip();
        }
        if (number.isEmpty()) {
            throw node.error("expected a duration such as '120', '20 s' or '12 months', got " + node.describe());
        }
        Double factor = unit.isEmpty() ? Double.valueOf(1.0) : UNITS.get(unit);
        if (factor == null) {
            throw node.error("unknown time unit '" + unit + "'" + Suggestions.hint(unit, UNITS.keySet())
                    + "; use one of " + units());
        }
        double value;
        try {
            value = Double.parseDouble(number.replace("_", ""));
        } catch (NumberFormatException e) {
            throw node.error("expected a duration such as '120', '20 s' or '12 months', got " + node.describe());
        }
        if (!Double.isFinite(value)) {
            throw node.error("the duration must be finite, got " + node.describe());
        }
        if (value < 0) {
            throw node.error("the duration must not be negative, got " + node.describe());
        }
        double seconds = value * factor;
        if (!Double.isFinite(seconds)) {
            // a finite number of a large unit can overflow (1e308 months): found by FuzzedFilesTest
            throw node.error("the duration is too long to count in seconds, got " + node.describe());
        }
        return seconds;
    }
}
