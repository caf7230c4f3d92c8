package org.agora.vehicles.learning;

import org.agora.core.event.Event;
import org.agora.core.event.EventHeader;

/**
 * The policy being trained was evaluated, acting greedily, on the evaluation seeds (source: trainer).
 *
 * @param episode training episodes completed before the evaluation
 * @param episodes evaluation episodes (one per evaluation seed)
 * @param meanReward the mean return over them
 * @param rewardStandardError the standard error of that mean
 * @param collisionShare the share that ended in a CAV collision
 * @param mergeSuccessShare the share of ramp CAVs on the main road at the end of their episode
 *     (over episodes with ramp CAVs; −1 if none had any)
 * @param meanSpeedMps the mean speed of the CAVs over decision steps, m/s
 */
public record PolicyEvaluated(EventHeader header, int episode, int episodes, double meanReward,
        double rewardStandardError, double collisionShare, double mergeSuccessShare, double meanSpeedMps) implements Event {
}
