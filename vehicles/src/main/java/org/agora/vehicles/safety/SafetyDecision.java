package org.agora.vehicles.safety;

import org.agora.vehicles.cav.MetaAction;
import org.agora.vehicles.traffic.Vehicle;

/**
 * The safety module's verdict on one CAV's action.
 *
 * @param cav the CAV
 * @param priority its priority (lower went first)
 * @param proposed the action its policy chose
 * @param chosen the action it takes (the proposed one unless overridden)
 * @param proposedMinGap the proposed action's smallest predicted longitudinal gap over the horizon, metres
 * @param chosenMinGap the chosen action's, metres
 * @param proposedOverlapAfter when the proposed action's predicted footprints first overlap, seconds from now
 *     (+∞ if they do not within the horizon)
 * @param chosenOverlapAfter the same for the chosen action, seconds
 * @param emergencyBrake whether the module also set the target speed to 0 (no meta-action avoided the overlap)
 */
public record SafetyDecision(Vehicle cav, double priority, MetaAction proposed, MetaAction chosen, double proposedMinGap,
        double chosenMinGap, double proposedOverlapAfter, double chosenOverlapAfter, boolean emergencyBrake) {

    /** Whether the module replaced the proposed action. */
    public boolean overridden() {
        return chosen != proposed || emergencyBrake;
    }
}
