package org.agora.bench;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import org.agora.core.event.Event;
import org.agora.core.event.EventHeader;
import org.agora.core.event.Worded;
import org.agora.core.sink.EventJsonCodec;

/**
 * The event codec's writer as it was before issue 19's codec half (main a7f138b), kept as the
 * reference arm of {@link CodecBenchmark} and {@link SinkBenchmark}: every event written field by
 * field through one Jackson generator, pre-encoded field names, each component read through a
 * {@link MethodHandle}. It writes the same bytes as {@link EventJsonCodec} for the benchmarks'
 * events (checked when a benchmark starts). Not thread-safe.
 */
final class GeneratorEncoder {

    private static final SerializedString TYPE = new SerializedString("type");
    private static final SerializedString TIME = new SerializedString("time");
    private static final SerializedString SEQ = new SerializedString("seq");
    private static final SerializedString RUN = new SerializedString("run");
    private static final SerializedString SOURCE = new SerializedString("source");
    private static final SerializedString VERSION = new SerializedString("v");

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private static final ClassValue<Component[]> PAYLOADS = new ClassValue<>() {
        @Override
        protected Component[] computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            Component[] payload = new Component[components.length - 1];
            for (int i = 1; i < components.length; i++) {
                payload[i - 1] = new Component(components[i]);
            }
            return payload;
        }
    };

    private final ByteArrayBuilder buffer = new ByteArrayBuilder(512);
    private final JsonGenerator toBuffer = generator(buffer);

    /** A generator writing UTF-8 to {@code out}, root values not separated. */
    static JsonGenerator generator(OutputStream out) {
        try {
            JsonGenerator generator = MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8);
            generator.setRootValueSeparator(null);
            return generator;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The event as UTF-8 JSON bytes, as the Kafka sink's encoder made them. */
    byte[] encode(Event event) {
        try {
            write(event, toBuffer);
            toBuffer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] bytes = buffer.toByteArray();
        buffer.reset();
        return bytes;
    }

    /** Writes one event as a JSON object into {@code out}, as the JSON-lines sink did. */
    static void write(Event event, JsonGenerator out) throws IOException {
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
        out.writeNumber(EventJsonCodec.SCHEMA_VERSION);
        for (Component component : PAYLOADS.get(event.getClass())) {
            component.write(event, out);
        }
        out.writeEndObject();
    }

    /** One payload component: its JSON name, its kind and a typed accessor. */
    private static final class Component {
        private enum Kind { DOUBLE, LONG, INT, BOOLEAN, STRING, ENUM, OTHER }

        private final SerializableString name;
        private final Kind kind;
        private final MethodHandle accessor;

        Component(RecordComponent component) {
            this.name = new SerializedString(component.getName());
            Class<?> type = component.getType();
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
    }
}
