package org.agora.core.event;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;

/**
 * The registry of event types: every record listed by an {@link EventCatalog} on the class path,
 * by name. Also checks that a type is well formed (a record whose first component is the header
 * and whose payload names do not clash with the header's names in the schema), and holds the
 * catalogs' {@link FieldChange}s, by which records of earlier schema versions are read.
 */
public final class EventTypes {

    /** Names the schema reserves for the header; a payload component may not use them. */
    public static final Set<String> RESERVED_NAMES = Set.of("type", "time", "seq", "run", "source", "v");

    private static final ClassValue<String> NAMES = new ClassValue<>() {
        @Override
        protected String computeValue(Class<?> type) {
            return type.getSimpleName();
        }
    };

    /** The types {@link #checkOnce} has checked: a run of a small model starts many times. */
    private static final ClassValue<Boolean> CHECKED = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            check(type.asSubclass(Event.class));
            return Boolean.TRUE;
        }
    };

    private static volatile EventTypes installed;

    private final Map<String, Class<? extends Event>> byName;
    private final List<FieldChange> changes;

    private EventTypes(Map<String, Class<? extends Event>> byName, List<FieldChange> changes) {
        this.byName = Collections.unmodifiableMap(byName);
        this.changes = List.copyOf(changes);
    }

    /** The name of an event type: the record's simple name. */
    public static String nameOf(Class<?> type) {
        return NAMES.get(type);
    }

    /** The types of every {@link EventCatalog} on the class path (loaded once). */
    public static EventTypes installed() {
        EventTypes types = installed;
        if (types == null) {
            synchronized (EventTypes.class) {
                types = installed;
                if (types == null) {
                    TreeMap<String, Class<? extends Event>> map = new TreeMap<>();
                    List<FieldChange> changes = new ArrayList<>();
                    for (EventCatalog catalog : ServiceLoader.load(EventCatalog.class)) {
                        for (Class<? extends Event> type : catalog.eventTypes()) {
                            register(map, type);
                        }
                        changes.addAll(catalog.fieldChanges());
                    }
                    types = new EventTypes(map, changes);
                    installed = types;
                }
            }
        }
        return types;
    }

    /** A registry of exactly the given types, for tests and programs that build their own. */
    @SafeVarargs
    public static EventTypes of(Class<? extends Event>... types) {
        TreeMap<String, Class<? extends Event>> map = new TreeMap<>();
        for (Class<? extends Event> type : types) {
            register(map, type);
        }
        return new EventTypes(map, List.of());
    }

    /** These types, read from earlier schema versions with the given changes. */
    public EventTypes withChanges(List<FieldChange> fieldChanges) {
        return new EventTypes(new TreeMap<>(byName), fieldChanges);
    }

    /** The field changes of every registered catalog, by which records of earlier schema versions are read. */
    public List<FieldChange> changes() {
        return changes;
    }

    /** The type called {@code name}, if registered. */
    public Optional<Class<? extends Event>> byName(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** Every registered type, by name in alphabetical order. */
    public Map<String, Class<? extends Event>> all() {
        return byName;
    }

    private static void register(Map<String, Class<? extends Event>> map, Class<? extends Event> type) {
        check(type);
        Class<? extends Event> previous = map.putIfAbsent(nameOf(type), type);
        if (previous != null && previous != type) {
            throw new IllegalStateException("two event types are called " + nameOf(type) + ": "
                    + previous.getName() + " and " + type.getName());
        }
    }

    /**
     * {@link #check} once per type (later calls cost a lookup).
     *
     * <p>Besides the check, reading the record's components resolves {@link EventHeader} for the
     * event class's own code (its class loader and protection domain). Java 17's JIT inlines a
     * method only when it sees every class of its signature resolved for the method's class; until
     * a class of the model's code has resolved {@code EventHeader}, which publishing an event never
     * does, it calls the event's constructor instead of inlining it, and every event is allocated
     * where it could have lived in registers.
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    public static void checkOnce(Class<? extends Event> type) {
        CHECKED.get(type);
    }

    /**
     * Checks that {@code type} is a well-formed event type.
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    public static void check(Class<? extends Event> type) {
        if (!type.isRecord()) {
            throw new IllegalArgumentException(type.getName() + " is not a record");
        }
        RecordComponent[] components = type.getRecordComponents();
        if (components.length == 0 || components[0].getType() != EventHeader.class
                || !components[0].getName().equals("header")) {
            throw new IllegalArgumentException(type.getName() + " must start with the component 'EventHeader header'");
        }
        for (int i = 1; i < components.length; i++) {
            if (RESERVED_NAMES.contains(components[i].getName())) {
                throw new IllegalArgumentException(type.getName() + "." + components[i].getName()
                        + " uses a name the event schema reserves for the header");
            }
        }
    }
}
