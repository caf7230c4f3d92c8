package org.agora.wireless.channel;

/**
 * The spectral efficiency (bit/s/Hz) a link achieves at a signal-to-interference-plus-noise
 * ratio. Stateless.
 */
public enum RateModel {

    /** Shannon's bound, log2(1 + SINR). */
    SHANNON {
        @Override
        public double spectralEfficiency(double sinrLinear) {
            return Math.log(1 + sinrLinear) / LN2;
        }
    },

    /**
     * The truncated Shannon bound of 3GPP TR 36.942 (annex A.2): 0 below −10 dB,
     * 0.6·log2(1 + SINR) above, at most 4.4 bit/s/Hz.
     */
    TRUNCATED_SHANNON {
        @Override
        public double spectralEfficiency(double sinrLinear) {
            if (sinrLinear < TRUNCATION_MIN_SINR) {
                return 0;
            }
            return Math.min(TRUNCATION_MAX_EFFICIENCY, TRUNCATION_ATTENUATION * Math.log(1 + sinrLinear) / LN2);
        }
    };

    /** α of the truncated form. */
    public static final double TRUNCATION_ATTENUATION = 0.6;
    /** The truncated form's floor, −10 dB, as a linear ratio. */
    public static final double TRUNCATION_MIN_SINR = 0.1;
    /** The truncated form's cap in bit/s/Hz. */
    public static final double TRUNCATION_MAX_EFFICIENCY = 4.4;

    private static final double LN2 = Math.log(2);

    /** Bit/s per Hz at a linear SINR. */
    public abstract double spectralEfficiency(double sinrLinear);

    /** Bit/s over {@code bandwidthHz} at a linear SINR. */
    public double rateBps(double sinrLinear, double bandwidthHz) {
        return bandwidthHz * spectralEfficiency(sinrLinear);
    }

    /** The model by its name in scenario files: {@code shannon} or {@code truncated-shannon}. */
    public static RateModel named(String name) {
        return switch (name) {
            case "shannon" -> SHANNON;
            case "truncated-shannon" -> TRUNCATED_SHANNON;
            default -> throw new IllegalArgumentException("unknown rate model " + name);
        };
    }
}
