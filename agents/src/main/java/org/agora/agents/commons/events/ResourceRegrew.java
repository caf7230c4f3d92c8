package org.agora.agents.commons.events;

import org.agora.core.event.Event;
import org.agora.core.event.EventHeader;

/**
 * The pool grew at the end of a month that did not collapse and was not the last (source
 * {@code commons}); in the trash setting, new trash arrived.
 *
 * @param round the month that ended, from 1
 * @param before the units after the harvest
 * @param after the units next month starts with (capped at the capacity)
 */
public record ResourceRegrew(EventHeader header, int round, long before, long after) implements Event {
}
