package org.agora.vehicles.event;

import org.agora.core.event.Event;
import org.agora.core.event.EventHeader;

/**
 * An episode ended (source: run).
 *
 * @param episode its number
 * @param reason why it ended
 * @param decisions how many decision steps it had
 * @param reward its return: the sum over decision steps of the CAVs' mean reward
 * @param collisions collisions in it
 * @param merges ramp vehicles that merged in it
 */
public record EpisodeEnded(EventHeader header, int episode, EpisodeEndReason reason, int decisions, double reward, int collisions,
        int merges) implements Event {
}
