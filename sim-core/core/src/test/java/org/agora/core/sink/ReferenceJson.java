package org.agora.core.sink;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import org.agora.core.event.Event;
import org.agora.core.event.EventHeader;
import org.agora.core.event.EventTypes;

/**
 * The schema of docs/events.md built the plain way, as a reference for the codec's own writer: a
 * Jackson tree of the header fields and then the components in order, written by a Jackson
 * generator with the codec's mapper settings (shortest doubles, maps by key, enums by word).
 */
public final class ReferenceJson {

    private ReferenceJson() {
    }

    /** The event's JSON as the reference writes it. */
    public static String of(Event event) {
        EventHeader header = event.header();
        ObjectNode node = EventJsonCodec.MAPPER.createObjectNode();
        node.put("type", EventTypes.nameOf(event.getClass()));
        node.put("time", header.time());
        node.put("seq", header.seq());
        node.put("run", header.runId());
        node.put("source", header.source());
        node.put("v", EventJsonCodec.SCHEMA_VERSION);
        RecordComponent[] components = event.getClass().getRecordComponents();
        for (int i = 1; i < components.length; i++) {
            Object value;
            try {
                components[i].getAccessor().setAccessible(true);
                value = components[i].getAccessor().invoke(event);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            if (value instanceof Float single) {
                // the schema has one kind of decimal number: a float component is written as the double it widens to
                node.put(components[i].getName(), single.doubleValue());
            } else {
                node.set(components[i].getName(), EventJsonCodec.MAPPER.valueToTree(value));
            }
        }
        try {
            return new String(EventJsonCodec.MAPPER.writeValueAsBytes(node), StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
