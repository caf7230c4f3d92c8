package org.agora.agents.commons.events;

import org.agora.core.event.Event;
import org.agora.core.event.EventHeader;

/**
 * Every member was shown the month's report: what each member wanted and got (source
 * {@code commons}; not published without communication). The per-member figures are the month's
 * {@link HarvestAllocated} events.
 *
 * @param round the month, from 1
 * @param members how many members saw it
 * @param limit the limit members were expected to keep: the agreed one, or else the threshold
 * @param breakers how many members broke that limit
 */
public record HarvestReported(EventHeader header, int round, int members, int limit, int breakers) implements Event {
}
