package org.agora.core.scenario;

import java.util.Map;
import org.agora.core.event.Event;

/**
 * Recomputes a scenario's summary from a run's events alone, in publication order (starting with
 * {@link org.agora.core.event.RunStarted}). {@code agora analyze} uses it on files and topics; a
 * model that computes its own summary with it guarantees that the two agree.
 */
public interface EventSummary {

    /** Takes the next event of the run. */
    void accept(Event event);

    /** The summary of the events taken so far, keyed like {@link Model#summary()}. */
    Map<String, Object> summary();
}
