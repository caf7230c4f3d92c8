package org.agora.vehicles.cav;

/**
 * The five discrete meta-actions of a CAV, in highway-env's order (its action indices 0–4).
 * Lane changes go to the adjacent lane, speed changes move the target speed one step on
 * {@link TargetSpeeds}.
 */
public enum MetaAction {
    LANE_LEFT,
    IDLE,
    LANE_RIGHT,
    FASTER,
    SLOWER;

    private static final MetaAction[] VALUES = values();

    /** The action with highway-env's index {@code index} (0–4). */
    public static MetaAction ofIndex(int index) {
        return VALUES[index];
    }
}
