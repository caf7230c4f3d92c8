package org.agora.vehicles.event;

import org.agora.core.event.Event;
import org.agora.core.event.EventHeader;
import org.agora.vehicles.traffic.ExitReason;

/**
 * A vehicle left the road (source: the vehicle).
 *
 * @param reason END_OF_ROAD, COLLISION or EPISODE_END
 * @param lane the lane it was in
 * @param xM where, metres
 * @param speedMps its speed, m/s
 * @param distanceM how far it travelled on the road, metres
 * @param travelTimeS how long it was on the road, seconds
 */
public record VehicleExited(EventHeader header, ExitReason reason, String lane, double xM, double speedMps,
        double distanceM, double travelTimeS) implements Event {
}
