package org.agora.core.sink;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.agora.core.event.Event;
import org.agora.core.event.EventHeader;

/**
 * Events of any record type with random values, for properties of the codec: each component gets
 * a value of its declared type, from the awkward ones (strings to escape, non-ASCII text, surrogate
 * pairs but no lone surrogate, NaN, negative zero, extremes) to the common ones (short decimals, plain ids). A type whose
 * constructor refuses the wild values gets tame ones (small, positive, plain) instead. The header's
 * time is finite and not negative, as a run's clock is.
 */
public final class RandomEvents {

    private static final String[] STRINGS = {"", "agent-2", "govsim-fishery-s42-ab12cd34", "a \"quoted\" word",
        "back\\slash", "line\nfeed\ttab\r", "\u0000\u001f\u007f", "caf\u00e9 \u00fcber \u4e2d\u6587", "\ud83d\ude00 emoji",
        "slash/and </script>", "\u2028\u2029"};
    private static final double[] DOUBLES = {0.0, -0.0, 1.0, 0.1, 7.25, 2_592_000.0, 1e-3, 9.999999e6, 1e7, 1e-4,
        123.4567, -0.5, Double.MIN_VALUE, Double.MAX_VALUE, 1e23, 2e-3, 0.30000000000000004, Double.NaN,
        Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
    private static final int TRIES = 20;

    private final Random random;
    private boolean tame;

    /** Values drawn from {@code random}. */
    public RandomEvents(Random random) {
        this.random = random;
    }

    /**
     * A random event of {@code type}.
     *
     * @throws IllegalStateException if the type's constructor refuses every try, or a component
     *     has a type this generator does not know
     */
    public <E extends Event> E of(Class<E> type) {
        double time = Math.abs(aDouble());
        EventHeader header = new EventHeader(Double.isFinite(time) ? time : 0, aString(), random.nextLong(), aString());
        RuntimeException refused = null;
        for (int attempt = 0; attempt < TRIES; attempt++) {
            tame = attempt >= TRIES / 4;
            try {
                Object[] arguments = components(type);
                arguments[0] = header;
                return type.cast(construct(type, arguments));
            } catch (IllegalArgumentException | NullPointerException e) {
                refused = e;
            }
        }
        throw new IllegalStateException(type.getSimpleName() + " refused every random value", refused);
    }

    /** A random double: awkward values, short decimals, and any bits. */
    public double aDouble() {
        return switch (random.nextInt(tame ? 2 : 4)) {
            case 0 -> random.nextInt(100_000) / Math.pow(10, random.nextInt(5));
            case 1 -> random.nextDouble() * Math.pow(10, random.nextInt(9));
            case 2 -> DOUBLES[random.nextInt(DOUBLES.length)] * (random.nextBoolean() ? 1 : -1);
            default -> Double.longBitsToDouble(random.nextLong());
        };
    }

    private String aString() {
        if (tame || random.nextBoolean()) {
            return STRINGS[1 + random.nextInt(2)] + random.nextInt(100);
        }
        if (random.nextBoolean()) {
            return STRINGS[random.nextInt(STRINGS.length)];
        }
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(12); i > 0; i--) {
            char c = (char) (random.nextBoolean() ? random.nextInt(0x80) : random.nextInt(0x10000));
            text.append(Character.isSurrogate(c) ? "\ud83d\ude00" : String.valueOf(c));
        }
        return text.toString();
    }

    private Object[] components(Class<?> record) {
        RecordComponent[] components = record.getRecordComponents();
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            if (components[i].getType() != EventHeader.class) {
                values[i] = value(components[i].getGenericType(), 0);
            }
        }
        return values;
    }

    private Object construct(Class<?> record, Object[] arguments) {
        RecordComponent[] components = record.getRecordComponents();
        Class<?>[] parameters = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            parameters[i] = components[i].getType();
        }
        try {
            Constructor<?> constructor = record.getDeclaredConstructor(parameters);
            constructor.setAccessible(true);
            return constructor.newInstance(arguments);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException refused) {
                throw refused instanceof IllegalArgumentException || refused instanceof NullPointerException
                        ? refused : new IllegalArgumentException(refused);
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot construct " + record.getName(), e);
        }
    }

    private Object value(Type type, int depth) {
        if (type instanceof ParameterizedType generic) {
            Class<?> raw = (Class<?>) generic.getRawType();
            Type[] arguments = generic.getActualTypeArguments();
            int size = depth > 2 ? 0 : random.nextInt(4);
            if (raw == List.class || raw == Set.class) {
                List<Object> items = new ArrayList<>();
                for (int i = 0; i < size; i++) {
                    items.add(value(arguments[0], depth + 1));
                }
                return raw == List.class ? List.copyOf(items) : Set.copyOf(new LinkedHashSet<>(items));
            }
            if (raw == Map.class) {
                Map<Object, Object> entries = new LinkedHashMap<>();
                for (int i = 0; i < size; i++) {
                    entries.put(value(arguments[0], depth + 1), value(arguments[1], depth + 1));
                }
                return Map.copyOf(entries);
            }
            if (raw == Optional.class) {
                return random.nextBoolean() ? Optional.empty() : Optional.of(value(arguments[0], depth + 1));
            }
            throw new IllegalStateException("no random values of " + type);
        }
        Class<?> raw = (Class<?>) type;
        if (raw == double.class || raw == Double.class) {
            return aDouble();
        } else if (raw == float.class || raw == Float.class) {
            return (float) aDouble();
        } else if (raw == long.class || raw == Long.class) {
            return tame ? (long) random.nextInt(1000) : random.nextLong();
        } else if (raw == int.class || raw == Integer.class) {
            return tame ? random.nextInt(1000) : random.nextInt();
        } else if (raw == short.class || raw == Short.class) {
            return (short) (tame ? random.nextInt(100) : random.nextInt());
        } else if (raw == byte.class || raw == Byte.class) {
            return (byte) (tame ? random.nextInt(100) : random.nextInt());
        } else if (raw == boolean.class || raw == Boolean.class) {
            return random.nextBoolean();
        } else if (raw == String.class) {
            return !tame && random.nextInt(10) == 0 ? null : aString();
        } else if (raw.isEnum()) {
            Object[] constants = raw.getEnumConstants();
            return !tame && random.nextInt(10) == 0 ? null : constants[random.nextInt(constants.length)];
        } else if (raw == Object.class) {
            // what Jackson reads back into an Object: text, an int, a finite double or a boolean
            return switch (random.nextInt(4)) {
                case 0 -> aString();
                case 1 -> random.nextInt();
                case 2 -> random.nextInt(100_000) / 100.0;
                default -> random.nextBoolean();
            };
        } else if (raw.isRecord()) {
            return construct(raw, components(raw));
        }
        throw new IllegalStateException("no random values of " + type);
    }
}
