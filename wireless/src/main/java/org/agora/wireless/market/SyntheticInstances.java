package org.agora.wireless.market;

import org.agora.core.kernel.RandomStream;
import org.agora.core.kernel.RandomStreams;

/**
 * Random market instances shaped like a small-cell city's, for property tests and benchmarks:
 * stations in clusters of {@code clusterSize} consecutive numbers, each user asking one random
 * cluster and valuing each of its stations by the rate a block there gives (a spectral
 * efficiency drawn in [0.1, 4.4] bit/s/Hz on a 180 kHz block) times its value per Mbit.
 * Stateless.
 */
public final class SyntheticInstances {

    /** Bandwidth of one resource block, Hz. */
    public static final double BLOCK_BANDWIDTH_HZ = 180e3;

    private SyntheticInstances() {
    }

    /**
     * An instance drawn from the stream {@code "market-instances"} of {@code seed}.
     *
     * @param users requesting users
     * @param stations stations
     * @param clusterSize stations per cluster
     * @param budgets whether budgets may bind (else every budget is unlimited in practice)
     */
    public static MarketInstance cityLike(long seed, int users, int stations, int clusterSize, boolean budgets) {
        RandomStream random = new RandomStreams(seed).stream("market-instances");
        MarketInstance.Builder builder = MarketInstance.builder();
        for (int b = 0; b < stations; b++) {
            builder.addStation(b, random.nextInt(41), 0.02 + random.uniform(0, 0.03));
        }
        int clusters = Math.max(1, (stations + clusterSize - 1) / clusterSize);
        for (int u = 0; u < users; u++) {
            int need = 1 + random.nextInt(20);
            double valuePerMbit = random.uniform(0.5, 2.0);
            double budget = budgets ? random.uniform(0.1, 3.0) : 1e9;
            builder.addUser(u, need, budget);
            int cluster = random.nextInt(clusters);
            int first = cluster * clusterSize;
            int last = Math.min(stations, first + clusterSize);
            for (int b = first; b < last; b++) {
                double rate = BLOCK_BANDWIDTH_HZ * random.uniform(0.1, 4.4);
                builder.option(b, valuePerMbit * rate / 1e6, rate);
            }
        }
        return builder.build();
    }
}
