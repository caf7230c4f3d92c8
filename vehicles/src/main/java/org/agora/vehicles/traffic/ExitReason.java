package org.agora.vehicles.traffic;

/** Why a vehicle left the road. */
public enum ExitReason {
    /** It drove past the end of the road. */
    END_OF_ROAD,
    /** It collided and was removed. */
    COLLISION,
    /** The episode ended with it still on the road. */
    EPISODE_END,
    /** The run ended with it still on the road (continuous inflow). */
    RUN_END
}
