package org.agora.core.sink;

import com.fasterxml.jackson.core.io.SerializedString;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.invoke.CallSite;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;
import org.agora.core.event.Event;
import org.agora.core.event.EventHeader;
import org.agora.core.event.EventTypes;
import org.agora.core.event.Worded;

/**
 * How one event type is written: everything that does not change from one event of the type to
 * the next (the opening up to the time, the field names, the schema version, the words of its
 * enums) encoded once, then the header's four values and the payload's components in order.
 *
 * <p>Threading: immutable once built, shared by every encoder.
 */
final class RecordWriter {

    private static final byte[] SEQ = fieldName(",", "seq");
    private static final byte[] RUN = fieldName(",", "run");
    private static final byte[] SOURCE = fieldName(",", "source");
    private static final byte[] VERSION = concat(fieldName(",", "v"),
            Integer.toString(EventJsonCodec.SCHEMA_VERSION).getBytes(StandardCharsets.US_ASCII));

    /** {@code {"type":"TheType","time":}. */
    private final byte[] opening;
    private final Component[] payload;

    RecordWriter(Class<? extends Event> type) {
        EventTypes.check(type);
        opening = concat(fieldName("{", "type"), quoted(EventTypes.nameOf(type)), fieldName(",", "time"));
        RecordComponent[] components = type.getRecordComponents();
        payload = new Component[components.length - 1];
        for (int i = 1; i < components.length; i++) {
            payload[i - 1] = new Component(components[i]);
        }
    }

    /**
     * Writes the event as one JSON object. The run id is written through {@code runs}, which keeps
     * the last one's bytes: a run's events all carry the same.
     */
    void write(Event event, JsonOutput out, RunIds runs) throws IOException {
        EventHeader header = event.header();
        out.raw(opening);
        out.number(header.time());
        out.raw(SEQ);
        out.number(header.seq());
        out.raw(RUN);
        runs.write(header.runId(), out);
        out.raw(SOURCE);
        out.string(header.source());
        out.raw(VERSION);
        for (Component component : payload) {
            component.write(event, out);
        }
        out.raw((byte) '}');
    }

    /** The last run id written and its encoded bytes. Not thread-safe: one per encoder. */
    static final class RunIds {
        private String last;
        private byte[] encoded;

        void write(String runId, JsonOutput out) throws IOException {
            if (runId != null && runId.equals(last)) {
                out.raw(encoded);
                return;
            }
            int start = out.size();
            out.string(runId);
            last = runId;
            encoded = out.copyFrom(start);
        }
    }

    /** The separator, then the name quoted as Jackson writes a pre-encoded field name, then the colon. */
    private static byte[] fieldName(String separator, String name) {
        return concat(separator.getBytes(StandardCharsets.US_ASCII), new byte[] {'"'},
                new SerializedString(name).asQuotedUTF8(), new byte[] {'"', ':'});
    }

    /** The string as Jackson's generator writes it as a value. */
    private static byte[] quoted(String text) {
        JsonOutput out = new JsonOutput(text.length() + 16);
        try {
            out.string(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream joined = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            joined.writeBytes(part);
        }
        return joined.toByteArray();
    }

    /** One payload component: its encoded name, its kind and a typed accessor. */
    private static final class Component {
        private enum Kind { DOUBLE, LONG, INT, BOOLEAN, STRING, ENUM, OTHER }

        private final byte[] name;
        private final Kind kind;
        /** A {@code ToDoubleFunction}, {@code ToLongFunction}, {@code ToIntFunction}, {@code Predicate} or {@code Function} of the event, by kind. */
        private final Object accessor;
        /** For an enum, each constant's encoded word (or name), by ordinal. */
        private final byte[][] words;

        Component(RecordComponent component) {
            this.name = fieldName(",", component.getName());
            Class<?> type = component.getType();
            kind = kindOf(type);
            words = kind == Kind.ENUM ? words(type) : null;
            accessor = accessor(component, kind);
        }

        /**
         * The component's accessor as a generated function (LambdaMetafactory) of the interface its
         * kind reads through: called like any interface, where a method handle held in a field
         * costs a generic invocation per call (a quarter of the encoding time in JFR).
         */
        private static Object accessor(RecordComponent component, Kind kind) {
            Class<?> record = component.getDeclaringRecord();
            Class<?> erased = switch (kind) {
                case DOUBLE -> double.class;
                case LONG -> long.class;
                case INT -> int.class;
                case BOOLEAN -> boolean.class;
                default -> Object.class;
            };
            Class<?> function = switch (kind) {
                case DOUBLE -> ToDoubleFunction.class;
                case LONG -> ToLongFunction.class;
                case INT -> ToIntFunction.class;
                case BOOLEAN -> Predicate.class;
                default -> Function.class;
            };
            String method = switch (kind) {
                case DOUBLE -> "applyAsDouble";
                case LONG -> "applyAsLong";
                case INT -> "applyAsInt";
                case BOOLEAN -> "test";
                default -> "apply";
            };
            try {
                MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(record, MethodHandles.lookup());
                MethodHandle getter = lookup.unreflect(component.getAccessor());
                CallSite site = LambdaMetafactory.metafactory(lookup, method, MethodType.methodType(function),
                        MethodType.methodType(erased, Object.class), getter, MethodType.methodType(erased, record));
                return site.getTarget().invoke();
            } catch (Throwable e) {
                throw new IllegalStateException("cannot read " + component, e);
            }
        }

        private static Kind kindOf(Class<?> type) {
            if (type == double.class || type == float.class) {
                return Kind.DOUBLE;
            } else if (type == long.class) {
                return Kind.LONG;
            } else if (type == int.class || type == short.class || type == byte.class) {
                return Kind.INT;
            } else if (type == boolean.class) {
                return Kind.BOOLEAN;
            } else if (type == String.class) {
                return Kind.STRING;
            } else if (type.isEnum()) {
                return Kind.ENUM;
            }
            return Kind.OTHER;
        }

        private static byte[][] words(Class<?> type) {
            Object[] constants = type.getEnumConstants();
            byte[][] encoded = new byte[constants.length][];
            for (Object constant : constants) {
                String word = constant instanceof Worded worded ? worded.word() : ((Enum<?>) constant).name();
                encoded[((Enum<?>) constant).ordinal()] = quoted(word);
            }
            return encoded;
        }

        @SuppressWarnings("unchecked")
        void write(Object event, JsonOutput out) throws IOException {
            out.raw(name);
            switch (kind) {
                case DOUBLE -> out.number(((ToDoubleFunction<Object>) accessor).applyAsDouble(event));
                case LONG -> out.number(((ToLongFunction<Object>) accessor).applyAsLong(event));
                case INT -> out.number(((ToIntFunction<Object>) accessor).applyAsInt(event));
                case BOOLEAN -> out.bool(((Predicate<Object>) accessor).test(event));
                case STRING -> out.string((String) ((Function<Object, Object>) accessor).apply(event));
                case ENUM -> {
                    Object value = ((Function<Object, Object>) accessor).apply(event);
                    if (value == null) {
                        out.nullValue();
                    } else {
                        out.raw(words[((Enum<?>) value).ordinal()]);
                    }
                }
                default -> out.value(((Function<Object, Object>) accessor).apply(event));
            }
        }
    }
}
