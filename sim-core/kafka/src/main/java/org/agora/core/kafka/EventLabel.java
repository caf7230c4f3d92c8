package org.agora.core.kafka;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import org.agora.core.config.JsonMapping;

/**
 * The header fields of one encoded event, read without decoding the payload: enough to key,
 * label and order a spooled event. The schema writes them first, so reading stops early.
 *
 * @param type the event type
 * @param seq the sequence number in its run
 * @param run the run id
 * @param source the source entity (the record key)
 */
record EventLabel(String type, long seq, String run, String source) {

    /**
     * @throws IllegalArgumentException if the bytes are not an event object with these fields
     */
    static EventLabel of(byte[] json) {
        String type = null;
        String run = null;
        String source = null;
        long seq = -1;
        try (JsonParser parser = JsonMapping.mapper().createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("not a JSON object");
            }
            int found = 0;
            while (found < 4 && parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (name) {
                    case "type" -> {
                        type = parser.getValueAsString();
                        found++;
                    }
                    case "seq" -> {
                        if (value != JsonToken.VALUE_NUMBER_INT) {
                            throw new IllegalArgumentException("'seq' is not an integer");
                        }
                        seq = parser.getLongValue();
                        found++;
                    }
                    case "run" -> {
                        run = parser.getValueAsString();
                        found++;
                    }
                    case "source" -> {
                        source = parser.getValueAsString();
                        found++;
                    }
                    default -> parser.skipChildren();
                }
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("not JSON (" + e.getMessage().lines().findFirst().orElse("") + ")");
        }
        if (type == null || run == null || source == null || seq < 0) {
            throw new IllegalArgumentException("not an event: type, seq, run or source is missing");
        }
        return new EventLabel(type, seq, run, source);
    }
}
