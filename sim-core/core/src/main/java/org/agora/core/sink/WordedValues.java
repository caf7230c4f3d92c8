package org.agora.core.sink;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import org.agora.core.event.Worded;

/**
 * How the event codec writes and reads {@link Worded} enums inside payload values (a list of
 * kinds): by their words, as it does for a field of such a type.
 */
final class WordedValues {

    private WordedValues() {
    }

    /** The Jackson module that writes a worded value as its word and reads it back by it. */
    static SimpleModule module() {
        SimpleModule module = new SimpleModule("worded-enums");
        module.addSerializer(Worded.class, new StdSerializer<>(Worded.class) {
            @Override
            public void serialize(Worded value, JsonGenerator out, SerializerProvider provider) throws IOException {
                out.writeString(value.word());
            }
        });
        module.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                    BeanDescription description, JsonDeserializer<?> deserializer) {
                return Worded.class.isAssignableFrom(type.getRawClass()) ? new ByWord(type.getRawClass()) : deserializer;
            }
        });
        return module;
    }

    /** Reads a worded enum from its word; anything else is refused as not of the type. */
    private static final class ByWord extends JsonDeserializer<Object> {
        private final Class<?> type;

        ByWord(Class<?> type) {
            this.type = type;
        }

        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() == JsonToken.VALUE_STRING) {
                try {
                    return Worded.byWord((Class) type, parser.getText());
                } catch (IllegalArgumentException notAWord) {
                    // refused below, as any other value that is not one of the words
                }
            }
            return context.handleWeirdStringValue(type, parser.getText(), "not one of the words of %s",
                    type.getSimpleName());
        }
    }
}
