package org.agora.core.sink;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Iterator;
import org.agora.core.event.Event;
import org.agora.core.event.EventHeader;
import org.agora.core.event.EventTypes;
import org.agora.core.event.Worded;

/**
 * The one JSON encoding of events, shared by every sink and reader (docs/events.md).
 *
 * <p>An event is one JSON object: the header fields {@code type}, {@code time} (seconds),
 * {@code seq}, {@code run}, {@code source} and {@code v} (the schema version), then the record's
 * payload components by name, in declaration order. Numbers are written in their shortest exact
 * form, so the same event always gives the same bytes.
 *
 * <p>Threading: the static methods are thread-safe; an {@link Encoder} is not.
 */
public final class EventJsonCodec {

    /**
     * The version of the event schema written in every record's {@code v} field. Records of earlier
     * versions (from 1) are read through the catalogs' {@link org.agora.core.event.FieldChange}s.
     */
    public static final int SCHEMA_VERSION = 2;

    private static final SerializedString TYPE = new SerializedString("type");
    private static final SerializedString TIME = new SerializedString("time");
    private static final SerializedString SEQ = new SerializedString("seq");
    private static final SerializedString RUN = new SerializedString("run");
    private static final SerializedString SOURCE = new SerializedString("source");
    private static final SerializedString VERSION = new SerializedString("v");
    private static final int HEADER_FIELDS = 6;

    /** The mapper for payload values that are not primitives or strings (lists, nested records, maps). */
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
            .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .addModule(WordedValues.module())
            .build();

    private static final ClassValue<RecordCodec> CODECS = new ClassValue<>() {
        @Override
        protected RecordCodec computeValue(Class<?> type) {
            return new RecordCodec(type);
        }
    };

    private final EventTypes types;
    private final EventUpgrader upgrader;

    /** A codec that decodes the given types (and their records of earlier versions, by the types' changes). */
    public EventJsonCodec(EventTypes types) {
        this.types = types;
        this.upgrader = new EventUpgrader(types.changes());
    }

    /** A codec for every event type installed on the class path. */
    public static EventJsonCodec installed() {
        return new EventJsonCodec(EventTypes.installed());
    }

    /** A generator writing UTF-8 to {@code out}, configured as the schema needs; root values are not separated. */
    public static JsonGenerator generator(OutputStream out) {
        try {
            JsonGenerator generator = MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8);
            generator.setRootValueSeparator(null);
            return generator;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes one event as a JSON object (no line break). */
    public static void write(Event event, JsonGenerator out) throws IOException {
        CODECS.get(event.getClass()).write(event, out);
    }

    /** One event as a JSON string (no line break). */
    public static String toJson(Event event) {
        ByteArrayBuilder buffer = new ByteArrayBuilder();
        try (JsonGenerator generator = generator(buffer)) {
            write(event, generator);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new String(buffer.toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** A reusable encoder to byte arrays, for sinks that send one record per event. */
    public static Encoder encoder() {
        return new Encoder();
    }

    /**
     * Reads one event back.
     *
     * A record of an earlier schema version is read as the current version says (its fields renamed
     * and respelled as the catalogs' changes list).
     *
     * @throws MalformedEventException if the text is not JSON, not an object, of an unknown schema
     *     version, of an unknown type, or does not fit its type's fields
     */
    public Event decode(String json) throws MalformedEventException {
        JsonNode node;
        try {
            node = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new MalformedEventException("not JSON (" + e.getOriginalMessage() + ")");
        }
        if (node == null || !node.isObject()) {
            throw new MalformedEventException("not a JSON object");
        }
        JsonNode version = node.get("v");
        if (version == null || !version.isInt()) {
            throw new MalformedEventException("no schema version 'v'");
        }
        int written = version.intValue();
        if (written < 1 || written > SCHEMA_VERSION) {
            throw new MalformedEventException("schema version " + written + ", expected 1 to " + SCHEMA_VERSION);
        }
        String type = text(node, "type");
        Class<? extends Event> eventClass = types.byName(type)
                .orElseThrow(() -> new MalformedEventException("unknown event type '" + type + "'"));
        if (written != SCHEMA_VERSION) {
            upgrader.upgrade((ObjectNode) node, type, written);
        }
        JsonNode time = node.get("time");
        JsonNode seq = node.get("seq");
        if (time == null || !time.isNumber()) {
            throw new MalformedEventException("field 'time' is missing or not a number");
        }
        if (seq == null || !seq.canConvertToLong() || !seq.isIntegralNumber()) {
            throw new MalformedEventException("field 'seq' is missing or not an integer");
        }
        EventHeader header = new EventHeader(time.doubleValue(), text(node, "run"), seq.longValue(), text(node, "source"));
        return CODECS.get(eventClass).read(header, node);
    }

    private static String text(JsonNode node, String field) throws MalformedEventException {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new MalformedEventException("field '" + field + "' is missing or not a string");
        }
        return value.textValue();
    }

    /** Encodes events to byte arrays through one reused buffer. Not thread-safe. */
    public static final class Encoder {
        private final ByteArrayBuilder buffer = new ByteArrayBuilder(512);
        private final JsonGenerator generator = generator(buffer);

        private Encoder() {
        }

        /** The event as UTF-8 JSON bytes (no line break). */
        public byte[] encode(Event event) {
            try {
                write(event, generator);
                generator.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            byte[] bytes = buffer.toByteArray();
            buffer.reset();
            return bytes;
        }
    }

    /** How one record type is written and read: its payload components, with cached accessors. */
    private static final class RecordCodec {
        private final Component[] payload;
        private final Constructor<?> constructor;

        RecordCodec(Class<?> type) {
            @SuppressWarnings("unchecked")
            Class<? extends Event> eventType = (Class<? extends Event>) type;
            EventTypes.check(eventType);
            RecordComponent[] components = type.getRecordComponents();
            payload = new Component[components.length - 1];
            Class<?>[] parameterTypes = new Class<?>[components.length];
            parameterTypes[0] = EventHeader.class;
            for (int i = 1; i < components.length; i++) {
                payload[i - 1] = new Component(components[i]);
                parameterTypes[i] = components[i].getType();
            }
            try {
                constructor = type.getDeclaredConstructor(parameterTypes);
                constructor.setAccessible(true);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("no canonical constructor in " + type.getName(), e);
            }
        }

        void write(Event event, JsonGenerator out) throws IOException {
            EventHeader header = event.header();
            out.writeStartObject();
            out.writeFieldName(TYPE);
            out.writeString(event.type());
            out.writeFieldName(TIME);
            out.writeNumber(header.time());
            out.writeFieldName(SEQ);
            out.writeNumber(header.seq());
            out.writeFieldName(RUN);
            out.writeString(header.runId());
            out.writeFieldName(SOURCE);
            out.writeString(header.source());
            out.writeFieldName(VERSION);
            out.writeNumber(SCHEMA_VERSION);
            for (Component component : payload) {
                component.write(event, out);
            }
            out.writeEndObject();
        }

        Event read(EventHeader header, JsonNode node) throws MalformedEventException {
            if (node.size() != HEADER_FIELDS + payload.length) {
                Iterator<String> names = node.fieldNames();
                while (names.hasNext()) {
                    String name = names.next();
                    if (!EventTypes.RESERVED_NAMES.contains(name) && !hasComponent(name)) {
                        throw new MalformedEventException("unknown field '" + name + "'");
                    }
                }
            }
            Object[] arguments = new Object[payload.length + 1];
            arguments[0] = header;
            for (int i = 0; i < payload.length; i++) {
                arguments[i + 1] = payload[i].read(node);
            }
            try {
                return (Event) constructor.newInstance(arguments);
            } catch (InvocationTargetException e) {
                throw new MalformedEventException("rejected by its type: " + e.getCause().getMessage());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }

        private boolean hasComponent(String name) {
            for (Component component : payload) {
                if (component.name.getValue().equals(name)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** One payload component: its JSON name, its kind and a typed accessor. */
    private static final class Component {
        private enum Kind { DOUBLE, LONG, INT, BOOLEAN, STRING, ENUM, OTHER }

        private final SerializableString name;
        private final Kind kind;
        private final MethodHandle accessor;
        private final JavaType javaType;
        private final boolean primitive;

        Component(RecordComponent component) {
            this.name = new SerializedString(component.getName());
            Class<?> type = component.getType();
            this.primitive = type.isPrimitive();
            if (type == double.class || type == float.class) {
                kind = Kind.DOUBLE;
            } else if (type == long.class) {
                kind = Kind.LONG;
            } else if (type == int.class || type == short.class || type == byte.class) {
                kind = Kind.INT;
            } else if (type == boolean.class) {
                kind = Kind.BOOLEAN;
            } else if (type == String.class) {
                kind = Kind.STRING;
            } else if (type.isEnum()) {
                kind = Kind.ENUM;
            } else {
                kind = Kind.OTHER;
            }
            Class<?> erased = switch (kind) {
                case DOUBLE -> double.class;
                case LONG -> long.class;
                case INT -> int.class;
                case BOOLEAN -> boolean.class;
                default -> Object.class;
            };
            try {
                Method method = component.getAccessor();
                method.setAccessible(true);
                accessor = MethodHandles.lookup().unreflect(method).asType(MethodType.methodType(erased, Object.class));
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("cannot read " + component, e);
            }
            this.javaType = MAPPER.getTypeFactory().constructType(component.getGenericType());
        }

        void write(Object event, JsonGenerator out) throws IOException {
            out.writeFieldName(name);
            try {
                switch (kind) {
                    case DOUBLE -> out.writeNumber((double) accessor.invokeExact(event));
                    case LONG -> out.writeNumber((long) accessor.invokeExact(event));
                    case INT -> out.writeNumber((int) accessor.invokeExact(event));
                    case BOOLEAN -> out.writeBoolean((boolean) accessor.invokeExact(event));
                    case STRING -> out.writeString((String) (Object) accessor.invokeExact(event));
                    case ENUM -> {
                        Object value = (Object) accessor.invokeExact(event);
                        if (value == null) {
                            out.writeNull();
                        } else {
                            out.writeString(value instanceof Worded worded ? worded.word() : ((Enum<?>) value).name());
                        }
                    }
                    default -> MAPPER.writeValue(out, (Object) accessor.invokeExact(event));
                }
            } catch (IOException | RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        }

        Object read(JsonNode node) throws MalformedEventException {
            JsonNode value = node.get(name.getValue());
            if (value == null) {
                throw new MalformedEventException("field '" + name.getValue() + "' is missing");
            }
            if (primitive && value.isNull()) {
                throw new MalformedEventException("field '" + name.getValue() + "' is null");
            }
            try {
                return MAPPER.treeToValue(value, javaType);
            } catch (JsonProcessingException | IllegalArgumentException e) {
                throw new MalformedEventException("field '" + name.getValue() + "' is not a " + javaType.getRawClass().getSimpleName());
            }
        }
    }
}
