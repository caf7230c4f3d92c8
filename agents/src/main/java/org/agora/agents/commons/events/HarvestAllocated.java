package org.agora.agents.commons.events;

import org.agora.core.event.Event;
import org.agora.core.event.EventHeader;

/**
 * What one member asked for and got this month (source: the member). In the trash setting, what
 * it offered to take out and took out. Whole units of the pool.
 *
 * @param round the month, from 1
 * @param requested what it asked for (its private request, capped at the pool)
 * @param taken what it got
 */
public record HarvestAllocated(EventHeader header, int round, int requested, int taken) implements Event {
}
