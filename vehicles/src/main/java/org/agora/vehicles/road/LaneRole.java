package org.agora.vehicles.road;

/** Whether a lane belongs to the main road or to the on-ramp (straight ramp, converging section, merge lane). */
public enum LaneRole {
    MAIN,
    RAMP
}
