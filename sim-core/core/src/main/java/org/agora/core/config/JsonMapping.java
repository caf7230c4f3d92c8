package org.agora.core.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one Jackson configuration of Agora's JSON documents: run files (manifest, summary), sweep
 * results, jobs and results on Kafka, scenario documents. Records are bound by Jackson (their
 * components in declaration order); {@link #bind} checks each component's JSON type first, so a
 * document read back says which field is missing or of the wrong type. Reals are written in
 * Java's shortest form and {@code BigDecimal}s in plain notation, so values read back exactly.
 * The event codec keeps a mapper of its own, tuned for its hot path (docs/events.md).
 *
 * <p>Threading: the mapper and writer are immutable and shared by all threads.
 */
public final class JsonMapping {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .build();

    private static final ObjectWriter INDENTED = MAPPER.writerWithDefaultPrettyPrinter();

    private JsonMapping() {
    }

    /** The shared mapper: compact output, fields a document does not know are passed over. */
    public static JsonMapper mapper() {
        return MAPPER;
    }

    /** The shared mapper's writer for files people read: indented, two spaces. */
    public static ObjectWriter indented() {
        return INDENTED;
    }

    /** Why a JSON object is not the record it should be, naming the field. */
    public static final class BindingException extends IllegalArgumentException {

        private final String field;
        private final boolean missing;

        BindingException(String field, boolean missing, String message) {
            super(message);
            this.field = field;
            this.missing = missing;
        }

        /** The record component's name. */
        public String field() {
            return field;
        }

        /** True if the field is absent (or null), false if it has the wrong type. */
        public boolean missing() {
            return missing;
        }
    }

    /**
     * Binds a JSON object to a record. Every component must be present and not null, except the
     * {@code optional} ones; each must have its JSON type: a whole number for {@code int} and
     * {@code long}, a number for {@code double}, a text for strings and enums, an object for maps,
     * an array for lists, true or false for booleans.
     *
     * @throws BindingException naming the first missing or ill-typed field ("missing field 'run'",
     *     "field 'run' is not a whole number"); an enum's own refusal keeps its message
     */
    public static <T extends Record> T bind(JsonNode json, Class<T> type, Set<String> optional) {
        for (RecordComponent component : type.getRecordComponents()) {
            String name = component.getName();
            JsonNode value = json.get(name);
            if (value == null || value.isNull()) {
                if (optional.contains(name)) {
                    continue;
                }
                throw new BindingException(name, true, "missing field '" + name + "'");
            }
            String expected = expected(component.getType(), value);
            if (expected != null) {
                throw new BindingException(name, false, "field '" + name + "' is not " + expected);
            }
        }
        try {
            return MAPPER.treeToValue(json, type);
        } catch (JsonProcessingException e) {
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof IllegalArgumentException refusal) {
                    throw refusal;
                }
            }
            throw new IllegalArgumentException(e.getOriginalMessage(), e);
        }
    }

    /** What the value should have been, or null if it has the component's JSON type. */
    private static String expected(Class<?> type, JsonNode value) {
        if (type == int.class || type == long.class || type == Integer.class || type == Long.class) {
            return value.isIntegralNumber() ? null : value.isNumber() ? "a whole number" : "a number";
        }
        if (type == double.class || type == Double.class) {
            return value.isNumber() ? null : "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return value.isBoolean() ? null : "true or false";
        }
        if (type == String.class || type.isEnum()) {
            return value.isTextual() ? null : "a text";
        }
        if (Map.class.isAssignableFrom(type)) {
            return value.isObject() ? null : "an object";
        }
        if (List.class.isAssignableFrom(type)) {
            return value.isArray() ? null : "a list";
        }
        return null;
    }
}
