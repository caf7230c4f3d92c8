package org.agora.core.scenario;

import org.agora.core.sink.EventFilter;

/**
 * What a run writes besides its summary and manifest.
 *
 * @param events whether to write events.jsonl
 * @param filter which events the file keeps
 */
public record OutputSpec(boolean events, EventFilter filter) {

    public static OutputSpec allEvents() {
        return new OutputSpec(true, EventFilter.all());
    }
}
