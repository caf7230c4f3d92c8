package org.agora.core.sink;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.agora.core.event.FieldChange;

/**
 * Turns a record written under an earlier schema version into one of the current version, by the
 * {@link FieldChange}s the event catalogs list: fields renamed, string values respelled, in the order
 * of the versions that made them. Records of the current version never come here.
 *
 * <p>Threading: immutable once built; thread-safe.
 */
final class EventUpgrader {

    private final Map<String, List<FieldChange>> byType = new HashMap<>();

    EventUpgrader(List<FieldChange> changes) {
        for (FieldChange change : changes) {
            if (change.version() > EventJsonCodec.SCHEMA_VERSION) {
                throw new IllegalArgumentException("a change of " + change.type() + "." + change.field()
                        + " is dated version " + change.version() + ", after the current " + EventJsonCodec.SCHEMA_VERSION);
            }
            byType.computeIfAbsent(change.type(), t -> new ArrayList<>()).add(change);
        }
        byType.values().forEach(list -> list.sort(Comparator.comparingInt(FieldChange::version)));
    }

    /** Applies to {@code record}, an event of {@code type} written under {@code version}, every later change. */
    void upgrade(ObjectNode record, String type, int version) {
        for (FieldChange change : byType.getOrDefault(type, List.of())) {
            if (change.version() <= version) {
                continue;
            }
            if (change.within() == null) {
                apply(change, record);
                continue;
            }
            JsonNode holder = record.get(change.within());
            if (holder instanceof ObjectNode object) {
                apply(change, object);
            } else if (holder != null && holder.isArray()) {
                for (JsonNode element : holder) {
                    if (element instanceof ObjectNode object) {
                        apply(change, object);
                    }
                }
            }
        }
    }

    private static void apply(FieldChange change, ObjectNode object) {
        JsonNode value = object.get(change.field());
        if (value == null) {
            return;
        }
        if (change.renamedTo() != null) {
            object.remove(change.field());
            object.set(change.renamedTo(), value);
        } else if (value.isTextual()) {
            try {
                object.set(change.field(), TextNode.valueOf(change.recode().apply(value.textValue())));
            } catch (IllegalArgumentException unknown) {
                // left as written: decoding then names the field whose value its type does not have
            }
        }
    }
}
