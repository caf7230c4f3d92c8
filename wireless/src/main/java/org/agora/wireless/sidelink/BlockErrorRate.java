package org.agora.wireless.sidelink;

/**
 * Block error rate of a 190-byte C-V2X Mode 4 packet against SINR (Gonzalez-Martín et al., IEEE
 * TVT 2019): 2 dB → 0.9, 6 dB → 0.4, 10 dB → 0.045, 14 dB → 0.007, 16–20 dB → 0.001.
 * Between the points the logarithm of the rate is interpolated linearly in dB. Below 2 dB the
 * first segment's slope is extended until the rate reaches 1; above 16 dB the rate stays at
 * 0.001 (the table's floor). Both extensions are Agora's: the source gives only the points.
 */
public final class BlockErrorRate {

    private static final double[] SINR_DB = {2, 6, 10, 14, 16};
    private static final double[] RATE = {0.9, 0.4, 0.045, 0.007, 0.001};

    private BlockErrorRate() {
    }

    /** The probability that a packet received at {@code sinrDb} is not decoded, in [0.001, 1]. */
    public static double at(double sinrDb) {
        if (sinrDb >= SINR_DB[SINR_DB.length - 1]) {
            return RATE[RATE.length - 1];
        }
        int segment = 0;
        while (segment < SINR_DB.length - 2 && sinrDb > SINR_DB[segment + 1]) {
            segment++;
        }
        double x0 = SINR_DB[segment];
        double x1 = SINR_DB[segment + 1];
        double l0 = Math.log(RATE[segment]);
        double l1 = Math.log(RATE[segment + 1]);
        double log = l0 + (sinrDb - x0) * (l1 - l0) / (x1 - x0);
        return Math.min(1.0, Math.exp(log));
    }
}
