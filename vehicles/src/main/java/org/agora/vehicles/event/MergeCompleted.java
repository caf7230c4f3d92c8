package org.agora.vehicles.event;

import org.agora.core.event.Event;
import org.agora.core.event.EventHeader;
import org.agora.vehicles.traffic.VehicleType;

/**
 * A ramp vehicle's centre crossed into the main road (source: the vehicle).
 *
 * @param vehicleType HDV or CAV
 * @param xM where, metres
 * @param speedMps its speed, m/s
 * @param postEncroachmentTimeS the smaller of the times until its new follower reaches where its rear is and
 *     since its new leader's rear passed where its front is, at current speeds, seconds; finite and positive, or
 *     +∞ when no neighbour gives one (see {@link org.agora.vehicles.merge.PostEncroachment})
 */
public record MergeCompleted(EventHeader header, VehicleType vehicleType, double xM, double speedMps,
        double postEncroachmentTimeS) implements Event {
}
