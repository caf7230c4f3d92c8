package org.agora.wireless.smallcell;

/**
 * The mean bit rate of degraded users around the onset of their degradation, per allocator: bins
 * of {@code binS} from {@code beforeS} before the onset to {@code afterS} after. Each user keeps
 * its last {@code beforeS} of rates so that the bins before the onset can be filled when it
 * happens. Rates in bit/s. Not thread-safe.
 */
final class RateTrace {

    private final double stepS;
    private final double binS;
    private final double beforeS;
    private final double afterS;
    private final int bins;
    private final int allocators;
    private final double[][] sums;
    private final long[][] counts;
    private final double[][] recent;
    private final int[] recentCount;
    private final int history;
    private final double[] onsetAt;

    RateTrace(int users, int allocators, double stepS, double binS, double beforeS, double afterS) {
        this.stepS = stepS;
        this.binS = binS;
        this.beforeS = beforeS;
        this.afterS = afterS;
        this.bins = (int) Math.round((beforeS + afterS) / binS);
        this.allocators = allocators;
        this.sums = new double[allocators][bins];
        this.counts = new long[allocators][bins];
        this.history = Math.max(1, (int) Math.floor(beforeS / stepS + 1e-9));
        this.recent = new double[users * allocators][history];
        this.recentCount = new int[users];
        this.onsetAt = new double[users];
        java.util.Arrays.fill(onsetAt, Double.NaN);
    }

    /** User {@code u}'s degradation started at {@code now}: its past rates fill the bins before the onset. */
    void onset(int u, double now) {
        onsetAt[u] = now;
        int filled = Math.min(recentCount[u], history);
        for (int a = 0; a < allocators; a++) {
            double[] ring = recent[u * allocators + a];
            for (int j = 1; j <= filled; j++) {
                int slot = Math.floorMod(recentCount[u] - j, history);
                add(a, -j * stepS, ring[slot]);
            }
        }
    }

    /** Records user {@code u}'s rate under each allocator at {@code now}; call once per step, after {@link #onset}. */
    void record(int u, double now, double[] rateByAllocator) {
        int slot = recentCount[u] % history;
        for (int a = 0; a < allocators; a++) {
            recent[u * allocators + a][slot] = rateByAllocator[a];
        }
        recentCount[u]++;
        if (!Double.isNaN(onsetAt[u])) {
            double offset = now - onsetAt[u];
            if (offset < afterS - 1e-9) {
                for (int a = 0; a < allocators; a++) {
                    add(a, offset, rateByAllocator[a]);
                }
            } else {
                onsetAt[u] = Double.NaN;
            }
        }
    }

    private void add(int allocator, double offset, double rate) {
        int bin = (int) Math.floor((offset + beforeS) / binS + 1e-9);
        if (bin >= 0 && bin < bins) {
            sums[allocator][bin] += rate;
            counts[allocator][bin]++;
        }
    }

    /** The bins' centres, seconds from the onset. */
    double[] offsets() {
        double[] centres = new double[bins];
        for (int i = 0; i < bins; i++) {
            centres[i] = -beforeS + (i + 0.5) * binS;
        }
        return centres;
    }

    /** Mean rate per bin of one allocator, bit/s (0 for an empty bin). */
    double[] means(int allocator) {
        double[] means = new double[bins];
        for (int i = 0; i < bins; i++) {
            means[i] = counts[allocator][i] == 0 ? 0 : sums[allocator][i] / counts[allocator][i];
        }
        return means;
    }
}
