package org.agora.vehicles.learning;

import org.agora.core.event.Event;
import org.agora.core.event.EventHeader;

/**
 * A training episode was played and learned from (source: trainer). The header's time is the
 * simulated time of all training episodes so far, seconds.
 *
 * @param episode its number, from 1
 * @param reward its return: the sum over decision steps of the CAVs' mean reward (unscaled)
 * @param collided whether it ended in a CAV collision
 * @param decisions its decision steps
 * @param agents its CAVs
 * @param actorLoss the actor's mean loss over the update's gradient steps
 * @param criticLoss the critic's mean squared error over the update's gradient steps
 * @param entropy the policy's mean entropy over the update's gradient steps, nats
 */
public record TrainingIterationCompleted(EventHeader header, int episode, double reward, boolean collided,
        int decisions, int agents, double actorLoss, double criticLoss, double entropy) implements Event {
}
