package org.agora.core.sink;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import org.agora.core.event.Event;
import org.agora.core.event.EventHeader;
import org.agora.core.event.EventTypes;

/**
 * The one JSON encoding of events, shared by every sink and reader (docs/events.md).
 *
 * <p>An event is one JSON object: the header fields {@code type}, {@code time} (seconds),
 * {@code seq}, {@code run}, {@code source} and {@code v} (the schema version), then the record's
 * payload components by name, in declaration order. Numbers are written in their shortest exact
 * form, so the same event always gives the same bytes. What is the same for every event of a
 * type (its opening, field names, enum words) is encoded once per type, and strings, numbers and
 * booleans are written straight into the encoder's buffer; other values go through Jackson.
 *
 * <p>Threading: the static methods are thread-safe; an {@link Encoder} is not.
 */
public final class EventJsonCodec {

    /**
     * The version of the event schema written in every record's {@code v} field. Records of earlier
     * versions (from 1) are read through the catalogs' {@link org.agora.core.event.FieldChange}s.
     */
    public static final int SCHEMA_VERSION = 2;

    private static final int HEADER_FIELDS = 6;

    private static final int INITIAL_BUFFER_BYTES = 512;

    /** The mapper for payload values that are not primitives or strings (lists, nested records, maps). */
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
            .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .addModule(WordedValues.module())
            .build();

    private static final ClassValue<RecordWriter> WRITERS = new ClassValue<>() {
        @Override
        protected RecordWriter computeValue(Class<?> type) {
            return new RecordWriter(type.asSubclass(Event.class));
        }
    };

    private static final ClassValue<RecordReader> READERS = new ClassValue<>() {
        @Override
        protected RecordReader computeValue(Class<?> type) {
            return new RecordReader(type);
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

    /** One event as a JSON string (no line break). */
    public static String toJson(Event event) {
        return new String(encoder().encode(event), StandardCharsets.UTF_8);
    }

    /** A reusable encoder, for sinks that write or send one record per event. */
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
        return READERS.get(eventClass).read(header, node);
    }

    private static String text(JsonNode node, String field) throws MalformedEventException {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new MalformedEventException("field '" + field + "' is missing or not a string");
        }
        return value.textValue();
    }

    /**
     * Encodes events into one reused buffer: each event's bytes either copied out
     * ({@link #encode}) or gathered, one line per event, and written out in blocks
     * ({@link #appendLine}, {@link #drainTo}).
     *
     * <p>An event that cannot be encoded (a payload value the mapper refuses) leaves nothing of
     * itself behind, and the encoder stays usable. Threading: not thread-safe; one per thread.
     */
    public static final class Encoder {
        private final JsonOutput out = new JsonOutput(INITIAL_BUFFER_BYTES);
        private final RecordWriter.RunIds runs = new RecordWriter.RunIds();
        private Class<?> lastType;
        private RecordWriter lastWriter;

        private Encoder() {
        }

        /** The event as UTF-8 JSON bytes (no line break), in a new array; the buffer is left empty. */
        public byte[] encode(Event event) {
            out.clear();
            append(event);
            byte[] bytes = out.toByteArray();
            out.clear();
            return bytes;
        }

        /** Appends the event as one JSON object and a line feed to the buffer. */
        public void appendLine(Event event) {
            append(event);
            out.raw((byte) '\n');
        }

        /** The bytes in the buffer. */
        public int buffered() {
            return out.size();
        }

        /** Writes the buffer to {@code target} and empties it. */
        public void drainTo(OutputStream target) throws IOException {
            out.drainTo(target);
        }

        private void append(Event event) {
            Class<?> type = event.getClass();
            if (type != lastType) {
                lastWriter = WRITERS.get(type);
                lastType = type;
            }
            int start = out.size();
            try {
                lastWriter.write(event, out, runs);
            } catch (IOException e) {
                out.discardFailedWrite(start);
                throw new UncheckedIOException(e);
            } catch (RuntimeException | Error e) {
                out.discardFailedWrite(start);
                throw e;
            }
        }
    }

    /** How one record type is read: its payload components and its canonical constructor. */
    private static final class RecordReader {
        private final Component[] payload;
        private final Constructor<?> constructor;

        RecordReader(Class<?> type) {
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
                if (component.name.equals(name)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** One payload component as read: its name and its type. */
    private static final class Component {
        private final String name;
        private final JavaType javaType;
        private final boolean primitive;

        Component(RecordComponent component) {
            this.name = component.getName();
            this.primitive = component.getType().isPrimitive();
            this.javaType = MAPPER.getTypeFactory().constructType(component.getGenericType());
        }

        Object read(JsonNode node) throws MalformedEventException {
            JsonNode value = node.get(name);
            if (value == null) {
                throw new MalformedEventException("field '" + name + "' is missing");
            }
            if (primitive && value.isNull()) {
                throw new MalformedEventException("field '" + name + "' is null");
            }
            try {
                return MAPPER.treeToValue(value, javaType);
            } catch (JsonProcessingException | IllegalArgumentException e) {
                throw new MalformedEventException("field '" + name + "' is not a " + javaType.getRawClass().getSimpleName());
            }
        }
    }
}
