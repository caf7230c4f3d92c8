package org.agora.core.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * One change a schema version made to a field of an event type, so that readers can take a record
 * written under an earlier version as a record of the current one (docs/events.md, "Earlier
 * versions"). A module lists the changes to its own types in its {@link EventCatalog}.
 *
 * <p>A change either renames a field ({@code renamedTo} set) or recodes a string field's value
 * ({@code recode} set, under the field's current name). A field of the objects inside a component
 * (the elements of a list, or one nested object) is named by {@code within}, the component's name
 * after the change.
 *
 * @param version the schema version that made the change (records of lower versions get it)
 * @param type the event type's name
 * @param within the component holding the field, or {@code null} for a top-level field
 * @param field the field's name before the change
 * @param renamedTo its name after the change, or {@code null} if only its value is recoded
 * @param recode the new value of a string field given its old value, or {@code null}
 */
public record FieldChange(int version, String type, String within, String field, String renamedTo,
        UnaryOperator<String> recode) {

    /** Upper-cases a word ({@code "handover"} to {@code "HANDOVER"}): the enum constant it became. */
    public static final UnaryOperator<String> UPPER_CASE = word -> word.toUpperCase(Locale.ROOT);

    public FieldChange {
        Objects.requireNonNull(type);
        Objects.requireNonNull(field);
        if (version < 2) {
            throw new IllegalArgumentException("a change is made by version 2 or later, not " + version);
        }
        if ((renamedTo == null) == (recode == null)) {
            throw new IllegalArgumentException("a change renames a field or recodes its value, not both or neither");
        }
    }

    /**
     * Renames of top-level fields of one type, given as pairs: old name, new name, old name, new name, ….
     */
    public static List<FieldChange> renamed(int version, Class<? extends Event> type, String... oldThenNew) {
        return renamedWithin(version, type, null, oldThenNew);
    }

    /** Renames of fields of the objects inside component {@code within}, as pairs of old and new names. */
    public static List<FieldChange> renamedWithin(int version, Class<? extends Event> type, String within,
            String... oldThenNew) {
        if (oldThenNew.length % 2 != 0) {
            throw new IllegalArgumentException("renames come in pairs of old and new names");
        }
        List<FieldChange> changes = new ArrayList<>();
        for (int i = 0; i < oldThenNew.length; i += 2) {
            changes.add(new FieldChange(version, EventTypes.nameOf(type), within, oldThenNew[i], oldThenNew[i + 1], null));
        }
        return changes;
    }

    /** One table of changes from its parts, in order. */
    @SafeVarargs
    public static List<FieldChange> table(List<FieldChange>... parts) {
        List<FieldChange> all = new ArrayList<>();
        for (List<FieldChange> part : parts) {
            all.addAll(part);
        }
        return List.copyOf(all);
    }

    /**
     * A string field (named as after the version) whose values changed spelling; {@code recode} may
     * throw {@link IllegalArgumentException} for a value it does not know, which is then left as it was.
     */
    public static FieldChange recoded(int version, Class<? extends Event> type, String field,
            UnaryOperator<String> recode) {
        return new FieldChange(version, EventTypes.nameOf(type), null, field, null, recode);
    }
}
