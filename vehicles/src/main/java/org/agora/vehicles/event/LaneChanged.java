package org.agora.vehicles.event;

import org.agora.core.event.Event;
import org.agora.core.event.EventHeader;

/**
 * A vehicle's centre crossed into another lane (source: the vehicle).
 *
 * @param fromLane the lane it left
 * @param toLane the lane it entered
 * @param x where, metres
 * @param speed its speed, m/s
 */
public record LaneChanged(EventHeader header, String fromLane, String toLane, double x, double speed) implements Event {
}
