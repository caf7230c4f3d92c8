package org.agora.wireless.handover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** A3 with time-to-trigger, the layer-3 filter, and ping-pongs, measured every 10 ms. */
class HandoverTest {

    private static final double STEP = 0.010;

    /** No filtering (k = 0), so the timings below are exactly the A3 rule's. */
    private static HandoverProcess unfiltered(int serving) {
        return new HandoverProcess(new HandoverConfig(0, new A3Rule(0, 3, 0.256), 0.05, 0.015, 0.0275, 1.0), 2, serving);
    }

    @Test
    void aNeighbourBetterForLessThanTheTimeToTriggerCausesNoHandover() {
        HandoverProcess process = unfiltered(0);
        double t = 0;
        // 4 dB better (above the 3 dB hysteresis) for 250 ms: 26 measurements, 0 … 250 ms after entering.
        for (int i = 0; i < 26; i++, t += STEP) {
            assertThat(process.measure(t, new double[] {-80, -76})).isEqualTo(-1);
        }
        assertThat(process.measure(t, new double[] {-80, -78})).isEqualTo(-1);
        t += STEP;
        for (int i = 0; i < 20; i++, t += STEP) {
            assertThat(process.measure(t, new double[] {-80, -76})).isEqualTo(-1);
        }
        assertThat(process.phase()).isEqualTo(HandoverProcess.Phase.CONNECTED);
        // Within the hysteresis (2 dB better) the condition never enters.
        HandoverProcess hysteresis = unfiltered(0);
        for (int i = 0; i < 100; i++) {
            assertThat(hysteresis.measure(i * STEP, new double[] {-80, -78})).isEqualTo(-1);
        }
    }

    @Test
    void aNeighbourBetterForTheWholeTimeToTriggerIsHandedOverTo() {
        HandoverProcess process = unfiltered(0);
        int firedAt = -1;
        for (int i = 0; i < 100 && firedAt < 0; i++) {
            if (process.measure(i * STEP, new double[] {-80, -76}) == 1) {
                firedAt = i;
            }
        }
        // Entered at 0 ms; fires at the first measurement 256 ms or more later: 260 ms.
        assertThat(firedAt).isEqualTo(26);
        assertThat(process.phase()).isEqualTo(HandoverProcess.Phase.PREPARING);
        assertThat(process.target()).isEqualTo(1);
        assertThat(process.triggeredAt()).isCloseTo(0.26, within(1e-12));
        assertThat(process.measure(0.27, new double[] {-80, -60})).isEqualTo(-1);
        process.prepared();
        assertThat(process.interrupted()).isFalse();
        process.detached();
        assertThat(process.interrupted()).isTrue();
        assertThat(process.completed(0.3525)).isFalse();
        assertThat(process.serving()).isEqualTo(1);
        assertThat(process.handovers()).isEqualTo(1);
    }

    @Test
    void goingBackWithinTheWindowIsAPingPongAndLaterIsNot() {
        HandoverProcess process = unfiltered(0);
        double t = handOver(process, 0.0, new double[] {-80, -70});
        assertThat(process.serving()).isEqualTo(1);
        t = handOver(process, t, new double[] {-70, -80});
        assertThat(process.serving()).isZero();
        assertThat(process.pingPongs()).isEqualTo(1);
        // Stay 2 s on cell 0, then go to 1 again: beyond the 1 s window, not a ping-pong.
        for (int i = 0; i < 200; i++) {
            process.measure(t, new double[] {-70, -80});
            t += STEP;
        }
        handOver(process, t, new double[] {-80, -70});
        assertThat(process.handovers()).isEqualTo(3);
        assertThat(process.pingPongs()).isEqualTo(1);
    }

    /** Measures until A3 fires, then runs the procedure to completion; returns the completion time. */
    private static double handOver(HandoverProcess process, double start, double[] measurement) {
        double t = start;
        while (process.measure(t, measurement) < 0) {
            t += STEP;
        }
        process.prepared();
        process.detached();
        double done = t + 0.05 + 0.015 + 0.0275;
        process.completed(done);
        return done;
    }

    @Test
    void theLayer3FilterWeighsANewMeasurementByAHalfAtCoefficientFour() {
        L3Filter filter = new L3Filter(4);
        assertThat(filter.weight()).isEqualTo(0.5);
        assertThat(filter.apply(Double.NaN, -80)).isEqualTo(-80);
        assertThat(filter.apply(-80, -70)).isEqualTo(-75);
        assertThat(new L3Filter(8).weight()).isEqualTo(0.25);
        assertThat(new L3Filter(0).apply(-80, -70)).isEqualTo(-70);
    }

    @Test
    void filteringDelaysTheTrigger() {
        HandoverProcess filtered = new HandoverProcess(new HandoverConfig(4, new A3Rule(0, 3, 0.256), 0.05, 0.015, 0.0275, 1.0),
                2, 0);
        filtered.measure(0, new double[] {-80, -90});
        int firedAt = -1;
        for (int i = 1; i < 100 && firedAt < 0; i++) {
            if (filtered.measure(i * STEP, new double[] {-80, -70}) == 1) {
                firedAt = i;
            }
        }
        // The filtered neighbour rises −90 → −80 → −75 → −72.5: it passes −77 (serving + 3 dB) at the
        // second measurement (20 ms), so the trigger comes 256 ms later, at the 28th measurement.
        assertThat(firedAt).isEqualTo(28);
    }
}
