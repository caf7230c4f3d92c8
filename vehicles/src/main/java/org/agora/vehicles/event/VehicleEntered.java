package org.agora.vehicles.event;

import org.agora.core.event.Event;
import org.agora.core.event.EventHeader;
import org.agora.vehicles.traffic.VehicleType;

/**
 * A vehicle entered the road (source: the vehicle).
 *
 * @param vehicleType HDV or CAV
 * @param driver IDM, AGGRESSIVE, DEFENSIVE, or CAV
 * @param lane the lane it entered
 * @param x where, metres
 * @param speed its speed, m/s
 * @param desiredSpeed the speed it wants (HDV) or tracks (CAV), m/s
 * @param episode the episode number (from 1; 0 without episodes)
 */
public record VehicleEntered(EventHeader header, VehicleType vehicleType, String driver, String lane, double x,
        double speed, double desiredSpeed, int episode) implements Event {
}
