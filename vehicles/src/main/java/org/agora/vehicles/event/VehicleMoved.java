package org.agora.vehicles.event;

import org.agora.core.event.Event;
import org.agora.core.event.EventHeader;

/**
 * A vehicle's state, sampled at the configured rate (source: the vehicle).
 *
 * @param lane the lane its centre is in
 * @param x longitudinal position, metres
 * @param y lateral position, metres
 * @param speed speed, m/s
 * @param acceleration the acceleration applied in the last step, m/s²
 * @param heading heading, radians
 */
public record VehicleMoved(EventHeader header, String lane, double x, double y, double speed, double acceleration,
        double heading) implements Event {
}
