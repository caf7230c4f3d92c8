package org.agora.vehicles.event;

import org.agora.core.event.Event;
import org.agora.core.event.EventHeader;
import org.agora.vehicles.cav.MetaAction;

/**
 * The safety module replaced a CAV's action (source: the CAV).
 *
 * @param proposed the action its policy chose
 * @param chosen the action it takes instead
 * @param proposedMinGapM the proposed action's smallest predicted gap over the horizon, metres (negative: overlap)
 * @param chosenMinGapM the chosen action's, metres
 * @param priority the CAV's priority (lower goes first)
 * @param emergencyBrake whether it also brakes to a stop (target speed 0) because no meta-action avoided the overlap
 */
public record SafetyOverridden(EventHeader header, MetaAction proposed, MetaAction chosen, double proposedMinGapM,
        double chosenMinGapM, double priority, boolean emergencyBrake) implements Event {
}
