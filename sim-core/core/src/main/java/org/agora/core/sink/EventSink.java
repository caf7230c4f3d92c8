package org.agora.core.sink;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.agora.core.event.Event;

/**
 * Where a run's events go: a file, a topic, memory, nowhere. A sink chooses what it keeps
 * (wrap it in a {@link FilteredSink}) and how it encodes it; events never encode themselves.
 *
 * <p>Threading: {@link #accept} is called on the simulation thread, in publication order.
 * {@link #flush} and {@link #close} are called on that thread too, at the end of the run or when
 * it fails. Failures to write are thrown (unchecked), never swallowed.
 */
public interface EventSink extends AutoCloseable {

    /** Takes one event. */
    void accept(Event event);

    /** Pushes buffered events to their destination. */
    default void flush() {
    }

    /** Flushes and releases the destination. Idempotent. */
    @Override
    default void close() {
        flush();
    }

    /** How many events this sink has accepted and kept. */
    long written();

    /** A short name for manifests, for example the file it writes. */
    default String name() {
        return getClass().getSimpleName();
    }

    /** What the manifest records about this sink once it is closed; at least {@code written}. */
    default Map<String, Object> report() {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("written", written());
        return report;
    }

    /**
     * Why this sink could not deliver everything it accepted, once closed (for example events
     * left in a spool); empty if it delivered all. A run with such a sink ends as failed.
     */
    default Optional<String> problem() {
        return Optional.empty();
    }
}
