package org.agora.wireless.smallcell;

/**
 * The bit rates of degraded users around the onset of their degradation, per allocator: sums and
 * counts in bins of {@link #BIN_S} from {@link #BEFORE_S} before the onset to {@link #AFTER_S}
 * after, since the last accounting ({@link #reset()}); {@link #means} turns the run's totals into
 * the summary's mean rates. Each user keeps its last {@code BEFORE_S} of rates so that the bins
 * before the onset can be filled when it happens. Rates in bit/s. Not thread-safe.
 */
final class RateTrace {

    /** Width of a bin, seconds. */
    static final double BIN_S = 0.05;
    /** The trace starts this long before the onset, seconds. */
    static final double BEFORE_S = 0.5;
    /** ... and ends this long after it, seconds. */
    static final double AFTER_S = 2.5;

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

    RateTrace(int users, int allocators, double stepS) {
        this.stepS = stepS;
        this.binS = BIN_S;
        this.beforeS = BEFORE_S;
        this.afterS = AFTER_S;
        this.bins = bins();
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

    /** Bins of the trace. */
    static int bins() {
        return (int) Math.round((BEFORE_S + AFTER_S) / BIN_S);
    }

    /** The bins' centres, seconds from the onset. */
    static double[] offsets() {
        double[] centres = new double[bins()];
        for (int i = 0; i < centres.length; i++) {
            centres[i] = -BEFORE_S + (i + 0.5) * BIN_S;
        }
        return centres;
    }

    /** Mean rate per bin from sums and counts, bit/s (0 for an empty bin). */
    static double[] means(double[] sums, long[] counts) {
        double[] means = new double[sums.length];
        for (int i = 0; i < means.length; i++) {
            means[i] = counts[i] == 0 ? 0 : sums[i] / counts[i];
        }
        return means;
    }

    /** Allocator {@code a}'s sums per bin since the last accounting (a copy). */
    double[] sums(int allocator) {
        return sums[allocator].clone();
    }

    /** Allocator {@code a}'s counts per bin since the last accounting (a copy). */
    long[] counts(int allocator) {
        return counts[allocator].clone();
    }

    /** Starts the next accounting (the users' recent rates and onsets are kept). */
    void reset() {
        for (int a = 0; a < allocators; a++) {
            java.util.Arrays.fill(sums[a], 0);
            java.util.Arrays.fill(counts[a], 0);
        }
    }
}
