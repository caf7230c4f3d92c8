package org.agora.wireless.handover;

/**
 * How handovers happen. Durations in seconds.
 *
 * @param filterCoefficient layer-3 filter coefficient k (a = 1/2^(k/4))
 * @param a3 the A3 event's offset, hysteresis and time-to-trigger
 * @param preparationS from the A3 report to the handover command (source and target prepare)
 * @param executionS from the command to the user detaching from the source (data still flows)
 * @param interruptionS from detaching to attaching to the target: the user-plane interruption
 * @param pingPongWindowS a handover back to the cell left in the previous handover within this
 *     time of that handover's completion is a ping-pong
 */
public record HandoverConfig(int filterCoefficient, A3Rule a3, double preparationS, double executionS,
        double interruptionS, double pingPongWindowS) {

    public HandoverConfig {
        if (preparationS < 0 || executionS < 0 || interruptionS < 0 || pingPongWindowS < 0) {
            throw new IllegalArgumentException("handover durations must be >= 0");
        }
    }

    /** Coefficient 4, A3 3 dB / 256 ms, 50 ms preparation, 15 ms execution, 27.5 ms interruption (ITU-R M.2134), 1 s ping-pong window. */
    public static HandoverConfig defaults() {
        return new HandoverConfig(4, A3Rule.defaults(), 0.050, 0.015, 0.0275, 1.0);
    }
}
