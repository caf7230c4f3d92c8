package org.agora.wireless.channel;

/**
 * Path loss of 3GPP TR 38.901 (Table 7.4.1-1), urban micro street canyon (UMi), for one carrier
 * frequency and antenna heights. Distances in metres, losses in dB, frequencies in GHz.
 *
 * <ul>
 *   <li>breakpoint d'BP = 4·(hBS − 1)·(hUT − 1)·fc·10⁹ / c (effective environment height 1 m);</li>
 *   <li>LOS up to d'BP: 32.4 + 21·log10(d3D) + 20·log10(fc);</li>
 *   <li>LOS beyond: 32.4 + 40·log10(d3D) + 20·log10(fc) − 9.5·log10(d'BP² + (hBS − hUT)²);</li>
 *   <li>NLOS: max(LOS, 22.4 + 35.3·log10(d3D) + 21.3·log10(fc) − 0.3·(hUT − 1.5)).</li>
 * </ul>
 *
 * The model is specified for 10 m ≤ d2D ≤ 5 km; closer distances are evaluated at 10 m (a user
 * standing under a lamp-post cell does not get an ever stronger signal). Immutable and
 * thread-safe.
 */
public final class UmiStreetCanyon {

    /** Speed of light in m/s. */
    public static final double SPEED_OF_LIGHT = 299_792_458.0;
    /** The smallest 2D distance the model is specified for, in metres. */
    public static final double MIN_DISTANCE_M = 10.0;

    private final double carrierGHz;
    private final double bsHeightM;
    private final double ueHeightM;
    private final double breakpointM;
    private final double heightDifferenceSquared;
    private final double losFarConstantDb;
    private final double nlosConstantDb;
    private final double losNearConstantDb;

    /**
     * @param carrierGHz the carrier frequency fc in GHz (0.5 to 100)
     * @param bsHeightM the base station's antenna height in metres (the model assumes 10 m)
     * @param ueHeightM the user's antenna height in metres (1.5 to 22.5)
     */
    public UmiStreetCanyon(double carrierGHz, double bsHeightM, double ueHeightM) {
        if (!(carrierGHz > 0) || !(bsHeightM > 1) || !(ueHeightM > 1)) {
            throw new IllegalArgumentException("need fc > 0 GHz and antenna heights above 1 m, got fc=" + carrierGHz
                    + " hBS=" + bsHeightM + " hUT=" + ueHeightM);
        }
        this.carrierGHz = carrierGHz;
        this.bsHeightM = bsHeightM;
        this.ueHeightM = ueHeightM;
        this.breakpointM = breakpointDistance(carrierGHz, bsHeightM, ueHeightM);
        double dh = bsHeightM - ueHeightM;
        this.heightDifferenceSquared = dh * dh;
        double logFc = Math.log10(carrierGHz);
        this.losNearConstantDb = 32.4 + 20 * logFc;
        this.losFarConstantDb = 32.4 + 20 * logFc - 9.5 * Math.log10(breakpointM * breakpointM + heightDifferenceSquared);
        this.nlosConstantDb = 22.4 + 21.3 * logFc - 0.3 * (ueHeightM - 1.5);
    }

    /** The breakpoint distance d'BP in metres for these heights (effective environment height 1 m). */
    public static double breakpointDistance(double carrierGHz, double bsHeightM, double ueHeightM) {
        return 4 * (bsHeightM - 1) * (ueHeightM - 1) * carrierGHz * 1e9 / SPEED_OF_LIGHT;
    }

    /** The breakpoint distance d'BP in metres. */
    public double breakpointM() {
        return breakpointM;
    }

    public double carrierGHz() {
        return carrierGHz;
    }

    public double bsHeightM() {
        return bsHeightM;
    }

    public double ueHeightM() {
        return ueHeightM;
    }

    /** Line-of-sight path loss in dB at a 2D distance in metres. */
    public double losDb(double distance2dM) {
        double d2 = Math.max(distance2dM, MIN_DISTANCE_M);
        double d3 = Math.sqrt(d2 * d2 + heightDifferenceSquared);
        if (d2 <= breakpointM) {
            return losNearConstantDb + 21 * Math.log10(d3);
        }
        return losFarConstantDb + 40 * Math.log10(d3);
    }

    /** Non-line-of-sight path loss in dB at a 2D distance in metres; never below {@link #losDb}. */
    public double nlosDb(double distance2dM) {
        double d2 = Math.max(distance2dM, MIN_DISTANCE_M);
        double d3 = Math.sqrt(d2 * d2 + heightDifferenceSquared);
        double nlos = nlosConstantDb + 35.3 * Math.log10(d3);
        double los = d2 <= breakpointM ? losNearConstantDb + 21 * Math.log10(d3) : losFarConstantDb + 40 * Math.log10(d3);
        return Math.max(los, nlos);
    }

    /** Path loss in dB for a link in or out of line of sight. */
    public double pathLossDb(double distance2dM, boolean lineOfSight) {
        return lineOfSight ? losDb(distance2dM) : nlosDb(distance2dM);
    }

    /**
     * The UMi probability of line of sight at a 2D distance, for when no building map decides it:
     * 1 up to 18 m, then 18/d2D + exp(−d2D/36)·(1 − 18/d2D).
     */
    public static double losProbability(double distance2dM) {
        if (distance2dM <= 18) {
            return 1.0;
        }
        double near = 18 / distance2dM;
        return near + Math.exp(-distance2dM / 36) * (1 - near);
    }
}
