package org.agora.wireless.sidelink;

import java.util.EnumMap;
import java.util.Map;
import org.apache.commons.math3.special.Erf;

/**
 * The V2V link as a function of distance: path loss (TR 37.885), the C-V2X Mode 4 packet delivery
 * ratio of Gonzalez-Martín et al. (IEEE TVT 2019), and the latency of a message (channel access
 * plus airtime plus flight time).
 *
 * <ul>
 *   <li>δHD = λ/1000: the receiver transmits in a given 1 ms subframe with probability λ/1000.</li>
 *   <li>δSEN = (1 − δHD)·½·[1 − erf((Pt − PL(d) − Psen)/(σ·√2))]: the received power, normal
 *       around Pt − PL(d) with the model's σ, falls below the sensing threshold.</li>
 *   <li>δPRO = (1 − δHD)·∫ over received powers p ≥ Psen of BLER(p − N)·density(p): sensed, not
 *       decoded ({@link BlockErrorRate}; N is the thermal noise; interference is the collision
 *       term).</li>
 *   <li>δCOL = c·(1 − δHD − δSEN − δPRO) with the configured collision probability c (Agora's
 *       stand-in: the study's collision term needs the traffic density and resource reselection).</li>
 * </ul>
 *
 * The study writes δSEN and δPRO without the factor (1 − δHD); Agora applies it so that the four
 * terms are disjoint and never add up to more than 1 (a change of at most λ/1000).
 * The terms are computed on a 1 m grid of distances on first use and interpolated linearly.
 * Threading: not thread-safe (the grid fills lazily); use one instance per run.
 */
public final class SidelinkModel {

    /** The speed of light in m/s, for the flight time. */
    public static final double LIGHT_SPEED = 299_792_458.0;

    private static final double GRID_STEP_M = 1.0;
    private static final int GRID_POINTS = 2001;
    private static final int INTEGRATION_INTERVALS = 400;

    private final SidelinkConfig config;
    private final Map<PathLossModel, double[][]> grids = new EnumMap<>(PathLossModel.class);

    public SidelinkModel(SidelinkConfig config) {
        this.config = config;
    }

    public SidelinkConfig config() {
        return config;
    }

    /** The median received power in dBm at {@code distanceM} metres. */
    public double receivedPowerDbm(double distanceM, PathLossModel pathLoss) {
        return config.txPowerDbm() - pathLoss.lossDb(Math.max(PathLossModel.MIN_DISTANCE_M, distanceM), config.carrierGHz());
    }

    /** The four loss terms at {@code distanceM} metres under {@code pathLoss}. */
    public DeliveryBreakdown breakdown(double distanceM, PathLossModel pathLoss) {
        double d = Math.max(PathLossModel.MIN_DISTANCE_M, distanceM);
        double position = d / GRID_STEP_M;
        int lower = (int) position;
        if (lower + 1 >= GRID_POINTS) {
            return exact(d, pathLoss);
        }
        double[][] grid = grids.computeIfAbsent(pathLoss, p -> emptyGrid());
        double[] a = point(grid, lower, pathLoss);
        double[] b = point(grid, lower + 1, pathLoss);
        double f = position - lower;
        return new DeliveryBreakdown(a[0] + f * (b[0] - a[0]), a[1] + f * (b[1] - a[1]), a[2] + f * (b[2] - a[2]),
                a[3] + f * (b[3] - a[3]));
    }

    /** The packet delivery ratio at {@code distanceM} metres. */
    public double deliveryRatio(double distanceM, PathLossModel pathLoss) {
        return breakdown(distanceM, pathLoss).deliveryRatio();
    }

    /** The four terms computed without the grid, at {@code distanceM} metres (at least 1 m). */
    public DeliveryBreakdown exact(double distanceM, PathLossModel pathLoss) {
        double d = Math.max(PathLossModel.MIN_DISTANCE_M, distanceM);
        double mean = receivedPowerDbm(d, pathLoss);
        double sigma = pathLoss.sigmaDb(d);
        double halfDuplex = config.messagesPerSecond() / 1000.0;
        double listening = 1 - halfDuplex;
        double sensing = listening * 0.5 * (1 - Erf.erf((mean - config.sensingThresholdDbm()) / (sigma * Math.sqrt(2))));
        double propagation = listening * undecoded(mean, sigma);
        double remaining = Math.max(0, 1 - halfDuplex - sensing - propagation);
        return new DeliveryBreakdown(halfDuplex, sensing, propagation, config.collisionProbability() * remaining);
    }

    /** The time a message occupies the channel, in seconds: 40 µs + (B + 30)·8 / R (802.11p). */
    public double airtimeS() {
        return 40e-6 + (config.packetBytes() + 30) * 8.0 / config.dataRateBps();
    }

    /** Airtime plus flight time over {@code distanceM} metres, in seconds (the access delay comes on top). */
    public double transferS(double distanceM) {
        return airtimeS() + distanceM / LIGHT_SPEED;
    }

    /** δPRO: the probability that the power is at least the threshold and the packet is still lost to its SINR. */
    private double undecoded(double mean, double sigma) {
        double low = Math.max(config.sensingThresholdDbm(), mean - 8 * sigma);
        double high = mean + 8 * sigma;
        if (low >= high) {
            return 0;
        }
        double noise = config.noiseDbm();
        double h = (high - low) / INTEGRATION_INTERVALS;
        double sum = 0;
        for (int i = 0; i <= INTEGRATION_INTERVALS; i++) {
            double p = low + i * h;
            double weight = i == 0 || i == INTEGRATION_INTERVALS ? 1 : (i % 2 == 1 ? 4 : 2);
            double z = (p - mean) / sigma;
            double density = Math.exp(-0.5 * z * z) / (sigma * Math.sqrt(2 * Math.PI));
            sum += weight * BlockErrorRate.at(p - noise) * density;
        }
        return sum * h / 3;
    }

    private static double[][] emptyGrid() {
        return new double[GRID_POINTS][];
    }

    private double[] point(double[][] grid, int index, PathLossModel pathLoss) {
        double[] terms = grid[index];
        if (terms == null) {
            DeliveryBreakdown exact = exact(Math.max(PathLossModel.MIN_DISTANCE_M, index * GRID_STEP_M), pathLoss);
            terms = new double[] {exact.halfDuplex(), exact.sensing(), exact.propagation(), exact.collision()};
            grid[index] = terms;
        }
        return terms;
    }
}
