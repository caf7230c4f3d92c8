package org.agora.vehicles.event;

import org.agora.core.event.Event;
import org.agora.core.event.EventHeader;

/**
 * The smallest time-to-collision of the run so far got smaller (source: the follower): a vehicle
 * closing in on its leader would reach it, at current speeds, sooner than any pair before. At most
 * one per simulation step; the last one holds the run's minimum.
 *
 * @param leader the leader's id
 * @param timeToCollisionS the bumper-to-bumper gap over the closing speed, seconds
 * @param gapM the bumper-to-bumper gap, metres
 * @param closingSpeedMps the follower's speed minus the leader's, m/s
 */
public record TimeToCollisionLowered(EventHeader header, String leader, double timeToCollisionS, double gapM,
        double closingSpeedMps) implements Event {
}
