package org.agora.wireless.handover;

/**
 * Layer-3 filtering of measurements (3GPP TS 38.331 §5.5.3.2): F = (1 − a)·F + a·M with
 * a = 1/2^(k/4) for filter coefficient k, in the dB domain. The first measurement initialises F.
 * Stateless: the filtered values live with their owner.
 */
public final class L3Filter {

    private final int coefficient;
    private final double a;

    /** @param coefficient the filter coefficient k (0 = no filtering; 4 gives a = 0.5) */
    public L3Filter(int coefficient) {
        if (coefficient < 0 || coefficient > 19) {
            throw new IllegalArgumentException("filter coefficient must be 0..19, was " + coefficient);
        }
        this.coefficient = coefficient;
        this.a = 1.0 / Math.pow(2, coefficient / 4.0);
    }

    public int coefficient() {
        return coefficient;
    }

    /** The weight a of a new measurement. */
    public double weight() {
        return a;
    }

    /** The filtered value after measurement {@code measured}; NaN {@code filtered} means no value yet. */
    public double apply(double filtered, double measured) {
        if (Double.isNaN(filtered)) {
            return measured;
        }
        return (1 - a) * filtered + a * measured;
    }
}
