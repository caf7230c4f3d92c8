package org.agora.vehicles.merge;

/** How a CAV's kinematics observation is laid out (see {@code rl.Observations}). */
public enum ObservationLayout {
    /**
     * Agora's: the ego's x relative to the end of the merge lane, every number clipped to [−1, 1],
     * neighbours nearest first by straight-line distance.
     */
    AGORA,
    /**
     * The study's (highway-env's Kinematics as its fork configures it): the ego's absolute x / 150 m,
     * nothing clipped, neighbours nearest first by distance along the road (|Δx|).
     */
    STUDY;

    /** The setting a parameter names ({@code agora} or {@code study}). */
    public static ObservationLayout of(String word) {
        return valueOf(word.toUpperCase(java.util.Locale.ROOT));
    }
}
