package org.agora.vehicles.road;

/** What is at the downstream end of a lane. */
public enum LaneEnd {
    /** The road goes on out of the simulated area: vehicles leave there. */
    EXIT,
    /** A fixed obstacle closes the lane (the end of a merge lane): vehicles must leave the lane before it. */
    OBSTACLE
}
