package org.agora.vehicles.event;

import org.agora.core.event.Event;
import org.agora.core.event.EventHeader;

/**
 * Two footprints overlap, or a vehicle hit the obstacle closing its lane (source: the vehicle).
 *
 * @param other the other vehicle's id, or "obstacle"
 * @param x where, metres
 * @param y lateral position, metres
 * @param speed the vehicle's speed, m/s
 * @param otherSpeed the other's speed (0 for the obstacle), m/s
 * @param cavInvolved whether a CAV is one of the two
 */
public record VehiclesCollided(EventHeader header, String other, double x, double y, double speed, double otherSpeed,
        boolean cavInvolved) implements Event {
}
