package org.agora.core.event;

/**
 * Something that happened in a run. Every event type is an immutable {@code record}, named in
 * the past tense ({@code HarvestAllocated}, {@code HandoverCompleted}), whose first component is
 * its {@link EventHeader} and whose other components are its payload:
 *
 * <pre>{@code
 * public record HarvestAllocated(EventHeader header, String agent, double requested, double caught)
 *         implements Event {}
 * }</pre>
 *
 * The type's name is the record's simple name. Events know nothing of how they are written:
 * encodings live in sinks (see docs/events.md for the one schema every sink uses).
 */
public interface Event {

    /** Time, run, sequence number and source of this event. */
    EventHeader header();

    /** The event type's name: the record's simple name, for example {@code "HarvestAllocated"}. */
    default String type() {
        return EventTypes.nameOf(getClass());
    }

    /** Simulation time in seconds; shorthand for {@code header().time()}. */
    default double time() {
        return header().time();
    }

    /** The id of the entity the event is about; shorthand for {@code header().source()}. */
    default String source() {
        return header().source();
    }
}
