package org.agora.core.event;

import java.util.List;

/**
 * A module's list of the event types it defines, found through {@link java.util.ServiceLoader}
 * (register the implementation in {@code META-INF/services/org.agora.core.event.EventCatalog}).
 * Readers use the catalog to turn a type name back into a record, and its field changes to read
 * records written under earlier schema versions.
 */
public interface EventCatalog {

    List<Class<? extends Event>> eventTypes();

    /** What earlier schema versions called these types' fields, or how they spelled their values; none by default. */
    default List<FieldChange> fieldChanges() {
        return List.of();
    }
}
