package org.agora.vehicles.event;

import org.agora.core.event.Event;
import org.agora.core.event.EventHeader;
import org.agora.vehicles.traffic.VehicleType;

/**
 * A vehicle entered the road (source: the vehicle).
 *
 * @param vehicleType HDV or CAV
 * @param driver what drives it: a human driver's law, or CAV
 * @param lane the lane it entered
 * @param xM where, metres
 * @param speedMps its speed, m/s
 * @param desiredSpeedMps the speed it wants (HDV) or tracks (CAV), m/s
 * @param episode the episode number (from 1; 0 without episodes)
 */
public record VehicleEntered(EventHeader header, VehicleType vehicleType, DriverType driver, String lane, double xM,
        double speedMps, double desiredSpeedMps, int episode) implements Event {
}
