package org.agora.vehicles.event;

/** Why an episode of the merge ended ({@link EpisodeEnded#reason()}). */
public enum EpisodeEndReason {
    /** A CAV was in a collision: the episode ends at once, as in the study. */
    CAV_COLLISION,
    /** The episode reached its length. */
    TIME_UP,
    /** The run ended during the episode; such an episode is not counted in the mean reward. */
    RUN_END
}
