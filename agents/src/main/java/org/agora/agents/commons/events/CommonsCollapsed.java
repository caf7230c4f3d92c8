package org.agora.agents.commons.events;

import org.agora.core.event.Event;
import org.agora.core.event.EventHeader;

/**
 * The commons collapsed at the end of a month (source {@code commons}): after the harvest and
 * before any growth, the pool was below the collapse threshold (above it, for the trash setting).
 * The run ends with this month.
 *
 * @param round the month, from 1: the run's survival time
 * @param remaining the units left after the harvest
 * @param collapseThreshold the collapse threshold, in units
 */
public record CommonsCollapsed(EventHeader header, int round, long remaining, long collapseThreshold) implements Event {
}
