package org.agora.viz.chart;

/** Widths of time bins that read well on an axis: 1, 2 or 5 times a power of ten, in seconds. */
public final class TimeBins {

    private TimeBins() {
    }

    /**
     * The smallest round width that cuts {@code span} into at most {@code count} bins.
     *
     * @param span seconds, > 0
     * @param count bins wanted, ≥ 1
     */
    public static double width(double span, int count) {
        double raw = span / count;
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double factor : new double[] {1, 2, 5, 10}) {
            double candidate = factor * power;
            if (candidate >= raw * (1 - 1e-12)) {
                return candidate;
            }
        }
        return 10 * power;
    }
}
