package org.agora.wireless.channel;

import org.agora.core.kernel.RandomStream;

/**
 * Spatially correlated log-normal shadow fading (Gudmundson's model, as in 3GPP TR 38.901 §7.4.4):
 * a link's shadowing is σ·z, where the standard normal z follows z' = R·z + √(1 − R²)·N(0, 1)
 * with R = exp(−Δd / dcorr) after the user moved Δd metres. The recursion is exact for any Δd, so
 * a link may be updated rarely (every half metre) without changing its statistics at the update
 * points. σ and dcorr depend on whether the link is in line of sight; z is shared, so a
 * link changing state keeps its correlation. Stateless.
 */
public final class ShadowFading {

    /** UMi LOS shadowing σ in dB. */
    public static final double LOS_SIGMA_DB = 4.0;
    /** UMi NLOS shadowing σ in dB. */
    public static final double NLOS_SIGMA_DB = 7.82;
    /** UMi LOS decorrelation distance in metres. */
    public static final double LOS_DECORRELATION_M = 10.0;
    /** UMi NLOS decorrelation distance in metres. */
    public static final double NLOS_DECORRELATION_M = 13.0;

    private ShadowFading() {
    }

    /** The correlation R between two points {@code movedM} metres apart. */
    public static double correlation(double movedM, boolean lineOfSight) {
        return Math.exp(-movedM / (lineOfSight ? LOS_DECORRELATION_M : NLOS_DECORRELATION_M));
    }

    /** The next standard-normal state of a link after the user moved {@code movedM} metres. */
    public static double next(double z, double movedM, boolean lineOfSight, RandomStream random) {
        double r = correlation(movedM, lineOfSight);
        return r * z + Math.sqrt(1 - r * r) * random.gaussian();
    }

    /** The shadowing in dB of a link with standard-normal state {@code z}. */
    public static double db(double z, boolean lineOfSight) {
        return (lineOfSight ? LOS_SIGMA_DB : NLOS_SIGMA_DB) * z;
    }
}
