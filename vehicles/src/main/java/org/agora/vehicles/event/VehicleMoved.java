package org.agora.vehicles.event;

import org.agora.core.event.Event;
import org.agora.core.event.EventHeader;

/**
 * A vehicle's state, sampled at the configured rate (source: the vehicle).
 *
 * @param lane the lane its centre is in
 * @param xM longitudinal position, metres
 * @param yM lateral position, metres
 * @param speedMps speed, m/s
 * @param accelerationMps2 the acceleration applied in the last step, m/s²
 * @param headingRad heading, radians
 */
public record VehicleMoved(EventHeader header, String lane, double xM, double yM, double speedMps, double accelerationMps2,
        double headingRad) implements Event {
}
