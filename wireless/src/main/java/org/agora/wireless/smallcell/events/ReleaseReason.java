package org.agora.wireless.smallcell.events;

/** Why granted blocks went back to their cell ({@link BlocksReleased#reason()}). */
public enum ReleaseReason {
    /** The user's handover completed: the new serving cell takes over. */
    HANDOVER,
    /** The user's link recovered. */
    RECOVERED,
    /** The grant reached its longest duration. */
    EXPIRED
}
