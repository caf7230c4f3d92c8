package org.agora.core.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.agora.core.config.ConfigNode;
import org.agora.core.config.SimTime;
import org.agora.core.config.Suggestions;

/**
 * A declared, typed parameter of a scenario (or of a population kind): its name, type, default,
 * unit, allowed range and a one-line description. Declare them as constants and read resolved
 * values with {@link Parameters#get(Parameter)}:
 *
 * <pre>{@code
 * static final Parameter<Double> CAPACITY = Parameter.real("capacity", 100.0)
 *         .unit("t").range(1, 1e9).describe("carrying capacity of the lake");
 * }</pre>
 *
 * Instances are immutable; each {@code unit}, {@code range}, {@code describe} returns a copy.
 *
 * @param <T> the Java type of the value
 */
public final class Parameter<T> {

    /** The kinds of values a parameter can hold. */
    public enum Type {
        INTEGER("integer"), REAL("real"), BOOLEAN("boolean"), TEXT("text"), CHOICE("choice"),
        DURATION("duration"), REAL_LIST("list of reals");

        private final String label;

        Type(String label) {
            this.label = label;
        }

        /** How the type reads in help texts. */
        public String label() {
            return label;
        }
    }

    private final String name;
    private final Type type;
    private final T defaultValue;
    private final String unit;
    private final String description;
    private final double min;
    private final double max;
    private final boolean minExclusive;
    private final List<String> choices;
    /** The fewest values a list may hold. */
    private final int minSize;

    private Parameter(String name, Type type, T defaultValue, String unit, String description, double min,
            double max, boolean minExclusive, List<String> choices) {
        this(name, type, defaultValue, unit, description, min, max, minExclusive, choices, 0);
    }

    private Parameter(String name, Type type, T defaultValue, String unit, String description, double min,
            double max, boolean minExclusive, List<String> choices, int minSize) {
        this.name = Objects.requireNonNull(name);
        this.type = type;
        this.defaultValue = defaultValue;
        this.unit = unit;
        this.description = description;
        this.min = min;
        this.max = max;
        this.minExclusive = minExclusive;
        this.choices = choices;
        this.minSize = minSize;
    }

    /** A whole number. */
    public static Parameter<Integer> integer(String name, int defaultValue) {
        return new Parameter<>(name, Type.INTEGER, defaultValue, "", "", Integer.MIN_VALUE, Integer.MAX_VALUE, false, List.of());
    }

    /** A real number. */
    public static Parameter<Double> real(String name, double defaultValue) {
        return new Parameter<>(name, Type.REAL, defaultValue, "", "", Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, false, List.of());
    }

    /** True or false. */
    public static Parameter<Boolean> flag(String name, boolean defaultValue) {
        return new Parameter<>(name, Type.BOOLEAN, defaultValue, "", "", 0, 0, false, List.of());
    }

    /** Free text. */
    public static Parameter<String> text(String name, String defaultValue) {
        return new Parameter<>(name, Type.TEXT, defaultValue, "", "", 0, 0, false, List.of());
    }

    /** One of a fixed set of words. */
    public static Parameter<String> choice(String name, String defaultValue, String... choices) {
        List<String> allowed = List.of(choices);
        if (!allowed.contains(defaultValue)) {
            throw new IllegalArgumentException(name + ": default '" + defaultValue + "' is not one of " + allowed);
        }
        return new Parameter<>(name, Type.CHOICE, defaultValue, "", "", 0, 0, false, allowed);
    }

    /** A duration in seconds, written as seconds or with a unit ({@code 250 ms}, {@code 5 min}). */
    public static Parameter<Double> duration(String name, double defaultSeconds) {
        return new Parameter<>(name, Type.DURATION, defaultSeconds, "s", "", 0, Double.POSITIVE_INFINITY, false, List.of());
    }

    /** A list of real numbers, for example per-round requests. */
    public static Parameter<List<Double>> reals(String name, List<Double> defaultValue) {
        return new Parameter<>(name, Type.REAL_LIST, List.copyOf(defaultValue), "", "", Double.NEGATIVE_INFINITY,
                Double.POSITIVE_INFINITY, false, List.of());
    }

    /** The same parameter with a unit, for example {@code "m/s"}. */
    public Parameter<T> unit(String newUnit) {
        return new Parameter<>(name, type, defaultValue, newUnit, description, min, max, minExclusive, choices, minSize);
    }

    /** The same parameter with a one-line description. */
    public Parameter<T> describe(String newDescription) {
        return new Parameter<>(name, type, defaultValue, unit, newDescription, min, max, minExclusive, choices, minSize);
    }

    /**
     * The same parameter with another default, checked like the first (a scenario family whose
     * settings differ in defaults declares the parameter once and gives each setting its own).
     */
    public Parameter<T> withDefault(T newDefault) {
        if (type == Type.CHOICE && !choices.contains(newDefault)) {
            throw new IllegalArgumentException(name + ": default '" + newDefault + "' is not one of " + choices);
        }
        return new Parameter<>(name, type, newDefault, unit, description, min, max, minExclusive, choices, minSize).checked();
    }

    /** The same parameter allowing only values in [low, high] (each value of a list, for lists). */
    public Parameter<T> range(double low, double high) {
        return new Parameter<>(name, type, defaultValue, unit, description, low, high, false, choices, minSize).checked();
    }

    /** The same parameter allowing only values &ge; low. */
    public Parameter<T> atLeast(double low) {
        return new Parameter<>(name, type, defaultValue, unit, description, low, max, false, choices, minSize).checked();
    }

    /** The same parameter allowing only values &gt; 0. */
    public Parameter<T> positive() {
        return new Parameter<>(name, type, defaultValue, unit, description, 0, max, true, choices, minSize).checked();
    }

    /** The same list parameter requiring at least one value. */
    public Parameter<T> nonEmpty() {
        if (type != Type.REAL_LIST) {
            throw new IllegalStateException(name + ": only a list can be required to be non-empty");
        }
        return new Parameter<>(name, type, defaultValue, unit, description, min, max, minExclusive, choices, 1).checked();
    }

    /**
     * Checks a value given through the Java API against this declaration, the same rule a
     * scenario file's value meets: models call it so that what they refuse is what validation refuses.
     *
     * @return {@code value}
     * @throws IllegalArgumentException naming the parameter if the value does not fit
     */
    public T require(T value) {
        String problem = problemWith(value);
        if (problem != null) {
            throw new IllegalArgumentException(name + ": " + problem);
        }
        return value;
    }

    private Parameter<T> checked() {
        String problem = problemWith(defaultValue);
        if (problem != null) {
            throw new IllegalArgumentException(name + ": default " + problem);
        }
        return this;
    }

    public String name() {
        return name;
    }

    public Type type() {
        return type;
    }

    public T defaultValue() {
        return defaultValue;
    }

    /** The unit, or empty. */
    public String unit() {
        return unit;
    }

    public String description() {
        return description;
    }

    /** The allowed words of a choice; empty otherwise. */
    public List<String> choices() {
        return choices;
    }

    /** The allowed range as text ("[0, 100]", "> 0", "≥ 1"), or empty if unbounded. */
    public String rangeText() {
        boolean low = min != Double.NEGATIVE_INFINITY && min != Integer.MIN_VALUE;
        boolean high = max != Double.POSITIVE_INFINITY && max != Integer.MAX_VALUE;
        if (type == Type.CHOICE) {
            return String.join(" | ", choices);
        }
        if (type == Type.BOOLEAN || type == Type.TEXT) {
            return "";
        }
        if (low && high) {
            return (minExclusive ? "(" : "[") + number(min) + ", " + number(max) + "]";
        }
        if (low) {
            return (minExclusive ? "> " : "≥ ") + number(min);
        }
        if (high) {
            return "≤ " + number(max);
        }
        return "";
    }

    /**
     * Reads this parameter's value from a file value or a command-line text.
     *
     * @throws org.agora.core.config.BadInputException naming the value's place if it does not fit
     */
    @SuppressWarnings("unchecked")
    public T read(ConfigNode node) {
        Object value = switch (type) {
            case INTEGER -> node.asInt();
            case REAL -> node.asDouble();
            case BOOLEAN -> node.asBoolean();
            case TEXT -> node.asString();
            case DURATION -> SimTime.seconds(node);
            case CHOICE -> {
                String word = node.asString();
                if (!choices.contains(word)) {
                    throw node.error("'" + word + "' is not one of " + String.join(", ", choices)
                            + Suggestions.hint(word, choices));
                }
                yield word;
            }
            case REAL_LIST -> readList(node);
        };
        String problem = problemWith((T) value);
        if (problem != null) {
            throw node.error(problem);
        }
        return (T) value;
    }

    private List<Double> readList(ConfigNode node) {
        List<Double> values = new ArrayList<>();
        if (node.isScalar() && node.line() == 0) {
            for (String part : node.asString().split(",")) {
                if (!part.isBlank()) {
                    values.add(ConfigNode.text(part, node.source(), node.path()).asDouble());
                }
            }
        } else {
            for (ConfigNode item : node.items()) {
                values.add(item.asDouble());
            }
        }
        return List.copyOf(values);
    }

    /** Why {@code value} is out of range, or null if it is in range. */
    private String problemWith(T value) {
        if (value instanceof Number number) {
            return rangeProblem(number.doubleValue());
        }
        if (value instanceof List<?> list) {
            if (list.size() < minSize) {
                return "must hold at least " + minSize + (minSize == 1 ? " value" : " values") + " (was empty)";
            }
            for (Object item : list) {
                String problem = rangeProblem(((Number) item).doubleValue());
                if (problem != null) {
                    return "every value " + problem;
                }
            }
        }
        return null;
    }

    private String rangeProblem(double value) {
        if (minExclusive ? value <= min : value < min) {
            return "must be " + (minExclusive ? "greater than " : "at least ") + number(min) + " (was " + number(value) + ")";
        }
        if (value > max) {
            return "must be at most " + number(max) + " (was " + number(value) + ")";
        }
        return null;
    }

    /** A value as users write it: whole numbers without ".0". */
    public static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return String.format(Locale.ROOT, "%s", value);
    }

    /** The default as text, as {@code describe} shows it. */
    public String defaultText() {
        return format(defaultValue);
    }

    /** A value of this parameter as text. */
    public String format(T value) {
        if (value instanceof Double d) {
            return number(d);
        }
        if (value instanceof List<?> list) {
            List<String> parts = new ArrayList<>();
            for (Object item : list) {
                parts.add(number(((Number) item).doubleValue()));
            }
            return "[" + String.join(", ", parts) + "]";
        }
        return String.valueOf(value);
    }

    @Override
    public String toString() {
        return name;
    }
}
