package org.agora.core.sink;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.agora.core.event.Event;

/** Keeps every event in a list, for tests and for programs that read a run's events directly. */
public final class MemorySink implements EventSink {

    private final List<Event> events = new ArrayList<>();

    @Override
    public void accept(Event event) {
        events.add(event);
    }

    @Override
    public long written() {
        return events.size();
    }

    /** The events so far, in publication order (a read-only view). */
    public List<Event> events() {
        return Collections.unmodifiableList(events);
    }

    /** The events of one type, in publication order. */
    public <E extends Event> List<E> ofType(Class<E> type) {
        List<E> matching = new ArrayList<>();
        for (Event event : events) {
            if (type.isInstance(event)) {
                matching.add(type.cast(event));
            }
        }
        return matching;
    }
}
