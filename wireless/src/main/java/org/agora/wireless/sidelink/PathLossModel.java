package org.agora.wireless.sidelink;

/**
 * Vehicle-to-vehicle path loss of 3GPP TR 37.885 (distances in metres, carrier in GHz, losses in
 * dB). {@link #lossDb} is the median loss; the spread around it (shadowing, and for
 * {@link #NLOSV} the log-normal blockage by other vehicles) is {@link #sigmaDb}.
 */
public enum PathLossModel {

    /** Highway line of sight: 32.4 + 20·log10(d) + 20·log10(fc). */
    HIGHWAY_LOS {
        @Override
        public double lossDb(double distanceM, double carrierGHz) {
            return 32.4 + 20 * Math.log10(distanceM) + 20 * Math.log10(carrierGHz);
        }

        @Override
        public double sigmaDb(double distanceM) {
            return 3.0;
        }
    },

    /** Urban line of sight: 38.77 + 16.7·log10(d) + 18.2·log10(fc). */
    URBAN_LOS {
        @Override
        public double lossDb(double distanceM, double carrierGHz) {
            return 38.77 + 16.7 * Math.log10(distanceM) + 18.2 * Math.log10(carrierGHz);
        }

        @Override
        public double sigmaDb(double distanceM) {
            return 3.0;
        }
    },

    /** Urban non line of sight (buildings): 36.85 + 30·log10(d) + 18.9·log10(fc). */
    NLOS {
        @Override
        public double lossDb(double distanceM, double carrierGHz) {
            return 36.85 + 30 * Math.log10(distanceM) + 18.9 * Math.log10(carrierGHz);
        }

        @Override
        public double sigmaDb(double distanceM) {
            return 4.0;
        }
    },

    /**
     * Highway line of sight blocked by other vehicles: the highway LOS loss plus a blockage loss
     * of mean 9 + max(0, 15·log10(d) − 41) dB and σ 4.5 dB; with the 3 dB shadowing, the two
     * independent normal terms add to σ = √(3² + 4.5²) ≈ 5.4 dB.
     */
    NLOSV {
        @Override
        public double lossDb(double distanceM, double carrierGHz) {
            return HIGHWAY_LOS.lossDb(distanceM, carrierGHz) + 9 + Math.max(0, 15 * Math.log10(distanceM) - 41);
        }

        @Override
        public double sigmaDb(double distanceM) {
            return Math.sqrt(3.0 * 3.0 + 4.5 * 4.5);
        }
    };

    /** The shortest distance the formulas are used at: closer links are evaluated at 1 m. */
    public static final double MIN_DISTANCE_M = 1.0;

    /** The median path loss in dB at {@code distanceM} metres (at least 1 m) and {@code carrierGHz}. */
    public abstract double lossDb(double distanceM, double carrierGHz);

    /** The standard deviation, in dB, of the loss around its median. */
    public abstract double sigmaDb(double distanceM);
}
