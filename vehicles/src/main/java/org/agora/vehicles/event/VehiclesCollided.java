package org.agora.vehicles.event;

import org.agora.core.event.Event;
import org.agora.core.event.EventHeader;

/**
 * Two footprints overlap, or a vehicle hit the obstacle closing its lane (source: the vehicle).
 *
 * @param other the other vehicle's id, or "obstacle"
 * @param xM where, metres
 * @param yM lateral position, metres
 * @param speedMps the vehicle's speed, m/s
 * @param otherSpeedMps the other's speed (0 for the obstacle), m/s
 * @param cavInvolved whether a CAV is one of the two
 */
public record VehiclesCollided(EventHeader header, String other, double xM, double yM, double speedMps, double otherSpeedMps,
        boolean cavInvolved) implements Event {
}
