package org.agora.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.agora.core.event.Event;
import org.agora.core.event.EventTypes;
import org.agora.core.event.FieldChange;
import org.agora.core.sink.EventJsonCodec;
import org.junit.jupiter.api.Test;

/**
 * The catalogs' field changes name what the current types have: a rename's new name is a field of
 * the type (of the records inside {@code within}) and its old name no longer is, a recoded field is
 * an enum; so a slip in a table shows here, not as a version 1 file that suddenly fails to read.
 */
class FieldChangesTest {

    @Test
    void everyChangeNamesAFieldOfTheCurrentType() {
        List<FieldChange> changes = EventTypes.installed().changes();
        assertThat(changes).isNotEmpty();
        List<String> wrong = new ArrayList<>();
        for (FieldChange change : changes) {
            Class<? extends Event> type = EventTypes.installed().byName(change.type()).orElse(null);
            if (type == null) {
                wrong.add(change + ": no such type");
                continue;
            }
            Class<?> holder = change.within() == null ? type : recordWithin(type, change.within());
            if (holder == null) {
                wrong.add(change + ": no record component " + change.within());
                continue;
            }
            Set<String> names = Arrays.stream(holder.getRecordComponents()).map(RecordComponent::getName)
                    .collect(Collectors.toSet());
            if (change.renamedTo() != null && (!names.contains(change.renamedTo()) || names.contains(change.field()))) {
                wrong.add(change.type() + "." + change.field() + " -> " + change.renamedTo() + ": not a rename of " + names);
            }
            if (change.recode() != null && (!names.contains(change.field())
                    || !component(holder, change.field()).getType().isEnum())) {
                wrong.add(change.type() + "." + change.field() + ": recoded, but not an enum field");
            }
            if (change.version() > EventJsonCodec.SCHEMA_VERSION) {
                wrong.add(change + ": after the current version");
            }
        }
        assertThat(wrong).isEmpty();
    }

    private static RecordComponent component(Class<?> record, String name) {
        return Arrays.stream(record.getRecordComponents()).filter(c -> c.getName().equals(name)).findFirst().orElseThrow();
    }

    /** The record type of component {@code name} of {@code type}, or of its list's elements; null if neither. */
    private static Class<?> recordWithin(Class<?> type, String name) {
        for (RecordComponent component : type.getRecordComponents()) {
            if (component.getName().equals(name)) {
                Type generic = component.getGenericType();
                Class<?> element = generic instanceof ParameterizedType list
                        ? (Class<?>) list.getActualTypeArguments()[0] : component.getType();
                return element.isRecord() ? element : null;
            }
        }
        return null;
    }
}
