package org.agora.vehicles.event;

import org.agora.core.event.Event;
import org.agora.core.event.EventHeader;

/**
 * A vehicle's centre crossed into another lane (source: the vehicle).
 *
 * @param fromLane the lane it left
 * @param toLane the lane it entered
 * @param xM where, metres
 * @param speedMps its speed, m/s
 */
public record LaneChanged(EventHeader header, String fromLane, String toLane, double xM, double speedMps) implements Event {
}
