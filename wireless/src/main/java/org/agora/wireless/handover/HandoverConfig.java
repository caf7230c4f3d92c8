package org.agora.wireless.handover;

/**
 * How handovers happen. Durations in seconds. The values a run uses, and their defaults, are the
 * small-cell scenario's parameters ({@code SmallCellConfig.from}).
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
}
