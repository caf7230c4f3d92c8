package org.agora.core.source;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.agora.core.event.Event;

/**
 * A run's events read back, in the order the run published them: from an {@code events.jsonl}
 * file ({@link JsonLinesSource}) or from a transport such as a Kafka topic (the Kafka module's
 * {@code KafkaEventSource}, opened through an {@link EventSourceOpener}).
 * A source either ends (it reads what is there when it is opened) or follows (it also reads what
 * the run writes later, until {@link ReadOptions#writerFinished()} says the run has ended).
 * Bad records are handled as {@link ReadOptions} says: reported and skipped, or fatal.
 *
 * <p>Threading: one thread reads a source.
 */
public interface EventSource extends AutoCloseable {

    /**
     * The next event, waiting at most {@code wait} for one to arrive (only a following source ever
     * waits).
     *
     * @return the event; empty if none arrived in time, or if the source has {@link #ended()}
     * @throws org.agora.core.config.BadInputException for a bad record, if the options make them fatal
     */
    Optional<Event> next(Duration wait);

    /** True once no event will ever come again. */
    boolean ended();

    /** Where the events come from, for messages: a file, or {@code kafka://HOST:PORT/TOPIC}. */
    String location();

    /** Bad records reported and skipped so far. */
    long skipped();

    /**
     * Which of the candidates its location holds the source reads (of a topic, the execution of
     * the run among those the topic holds), as a phrase for the user; empty where there is nothing
     * to choose (a file holds one execution).
     */
    default Optional<String> selection() {
        return Optional.empty();
    }

    @Override
    void close();

    /** Every event until the source ends (for a following source: until the run's writer has finished). */
    default List<Event> readAll() {
        List<Event> events = new ArrayList<>();
        while (!ended()) {
            next(Duration.ofMillis(200)).ifPresent(events::add);
        }
        return events;
    }
}
