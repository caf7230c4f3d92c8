package org.agora.vehicles.event;

import org.agora.core.event.Event;
import org.agora.core.event.EventHeader;

/**
 * A vehicle due to enter by inflow did not, because the entry was not clear (source: run).
 *
 * @param lane the lane it would have entered
 * @param speedMps the speed it would have entered at, m/s
 */
public record EntryBlocked(EventHeader header, String lane, double speedMps) implements Event {
}
