package org.agora.agents.commons;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntUnaryOperator;
import org.agora.core.scenario.Summary;

/**
 * The metrics of one run, per the reference, kept up to date month by month. The model feeds it
 * directly; {@link CommonsSummary} feeds it from the run's events; both give the same summary.
 *
 * <ul>
 * <li>survival time m: the month the commons collapsed in, or else the months played;</li>
 * <li>survived: 1 if m equals the round limit T (the reference's survival-rate criterion);</li>
 * <li>gain R_i: the sum of what member i got; reported as the mean R̄ and per member;</li>
 * <li>efficiency u = 1 − max(0, T·f0 − R̄)/(T·f0), f0 the per-agent threshold at full stock (the
 *     capacity) for the members of month 1;</li>
 * <li>equality e = 1 − Σ_i Σ_j |R_i − R_j| / (2·n·Σ_i R_i), 1 − the Gini coefficient;</li>
 * <li>over-usage o = (member-months whose request went past the threshold) / (member-months played),
 *     which is n·m when nobody joins during the run.</li>
 * </ul>
 */
public final class Scorecard {

    private final int roundLimit;
    private final Direction direction;
    private final IntUnaryOperator fullStockThreshold;
    private final List<String> ids = new ArrayList<>();
    private final List<String> kinds = new ArrayList<>();
    private long[] gains = new long[8];
    private long[] sorted = new long[8];
    private int members;
    private long totalGain;
    private int f0 = -1;
    private long overUses;
    private long memberMonths;
    private int roundOverUsers;
    private long roundHarvest;
    private int rounds;
    private boolean collapsed;
    private long stockLeft = -1;
    private int agreements;
    private int utterances;
    private long languageModelCalls;
    private long languageModelTokens;

    /**
     * @param roundLimit T, the months a run lasts if the commons survives
     * @param direction which way over-use points (asking more for a take, less for a chore)
     * @param fullStockThreshold the per-agent threshold at full stock for a headcount
     *     ({@link Pool#fullStockThreshold}); applied to the members of month 1, it gives f0
     */
    public Scorecard(int roundLimit, Direction direction, IntUnaryOperator fullStockThreshold) {
        if (roundLimit < 1) {
            throw new IllegalArgumentException("the round limit must be >= 1, was " + roundLimit);
        }
        this.roundLimit = roundLimit;
        this.direction = direction;
        this.fullStockThreshold = fullStockThreshold;
    }

    /** A member joined; members are numbered in the order they join, from 0. */
    public void join(String id, String kind) {
        if (members == gains.length) {
            gains = Arrays.copyOf(gains, 2 * members);
            sorted = new long[gains.length];
        }
        ids.add(id);
        kinds.add(kind);
        members++;
    }

    /** A month's harvest begins; the first one fixes f0 for the members who joined before it. */
    public void roundStarted() {
        if (f0 < 0) {
            f0 = fullStockThreshold.applyAsInt(members);
        }
        roundOverUsers = 0;
        roundHarvest = 0;
    }

    /** What member {@code index} asked for and got this month, against the month's threshold. */
    public void harvest(int index, int requested, int taken, int threshold) {
        gains[index] += taken;
        totalGain += taken;
        roundHarvest += taken;
        memberMonths++;
        if (direction.breaks(requested, threshold)) {
            overUses++;
            roundOverUsers++;
        }
    }

    /** The units left in the pool after this month's harvest. */
    public void stockLeft(long units) {
        stockLeft = units;
    }

    /** The month's discussion ended in an agreement. */
    public void agreed() {
        agreements++;
    }

    /** Someone spoke in a discussion. */
    public void spoke() {
        utterances++;
    }

    /** A language model answered a member, or the framework, with {@code tokens} prompt and completion tokens. */
    public void languageModelCalled(long tokens) {
        languageModelCalls++;
        languageModelTokens += tokens;
    }

    /** The month is over; {@code collapsedNow} if the commons collapsed in it. */
    public void roundEnded(boolean collapsedNow) {
        rounds++;
        collapsed |= collapsedNow;
    }

    /** Months played so far. */
    public int rounds() {
        return rounds;
    }

    /** m: the month of the collapse, or else the months played. */
    public int survivalTime() {
        return rounds;
    }

    /** True if m equals the round limit T. */
    public boolean survived() {
        return rounds == roundLimit;
    }

    public boolean collapsed() {
        return collapsed;
    }

    /** Members who over-used in the current month. */
    public int roundOverUsers() {
        return roundOverUsers;
    }

    /** Units given out in the current month. */
    public long roundHarvest() {
        return roundHarvest;
    }

    /** The number of members so far. */
    public int members() {
        return members;
    }

    /** R̄: the mean gain per member (0 without members). */
    public double gainMean() {
        return members == 0 ? 0 : (double) totalGain / members;
    }

    /** u = 1 − max(0, T·f0 − R̄)/(T·f0); taken as 1 when T·f0 is 0 (nothing could be harvested sustainably). */
    public double efficiency() {
        double best = (double) roundLimit * Math.max(0, f0);
        if (best <= 0) {
            return 1.0;
        }
        return 1.0 - Math.max(0.0, best - gainMean()) / best;
    }

    /**
     * e = 1 − Gini of the gains, from the sorted gains x_(1) ≤ … ≤ x_(n):
     * Σ_i Σ_j |x_i − x_j| = 2·Σ_k (2k − n − 1)·x_(k). Equal gains (including all zero) give 1.
     */
    public double equality() {
        if (members == 0 || totalGain == 0) {
            return 1.0;
        }
        System.arraycopy(gains, 0, sorted, 0, members);
        sort(sorted, members);
        double weighted = 0;
        for (int k = 1; k <= members; k++) {
            weighted += (2.0 * k - members - 1) * sorted[k - 1];
        }
        return 1.0 - weighted / ((double) members * totalGain);
    }

    /** Sorts the first n values: by insertion for the small societies scored every month, else Arrays.sort. */
    private static void sort(long[] values, int n) {
        if (n > 32) {
            Arrays.sort(values, 0, n);
            return;
        }
        for (int i = 1; i < n; i++) {
            long value = values[i];
            int j = i - 1;
            while (j >= 0 && values[j] > value) {
                values[j + 1] = values[j];
                j--;
            }
            values[j + 1] = value;
        }
    }

    /** o = over-using member-months / member-months played (0 before any month). */
    public double overUsage() {
        return memberMonths == 0 ? 0 : (double) overUses / memberMonths;
    }

    /**
     * The run's outcome in the reference's words: survived the T months, collapsed in month m and
     * so did not survive, or collapsed in month T, which the reference still counts as survival
     * (its criterion is m = T), so that a reader never has to reconcile "survived" with "collapsed".
     */
    public String outcome() {
        if (!collapsed) {
            return rounds == roundLimit ? "survived all " + roundLimit + " months"
                    : "still standing after " + rounds + " of " + roundLimit + " months";
        }
        if (rounds == roundLimit) {
            return "collapsed in month " + rounds + " of " + roundLimit + ", the last month, which GovSim counts as survival";
        }
        return "collapsed in month " + rounds + " of " + roundLimit;
    }

    /** The summary, keyed by the metrics {@link CommonsMetrics} declares. */
    public Map<String, Object> summary() {
        Summary summary = CommonsMetrics.METRICS.summary();
        summary.put(CommonsMetrics.OUTCOME, outcome());
        summary.put(CommonsMetrics.SURVIVAL_TIME, survivalTime());
        summary.put(CommonsMetrics.SURVIVED, survived() ? 1 : 0);
        summary.put(CommonsMetrics.COLLAPSED, collapsed ? 1 : 0);
        summary.put(CommonsMetrics.ROUND_LIMIT, roundLimit);
        summary.put(CommonsMetrics.MEMBERS, members);
        boolean anyMember = members > 0;
        summary.put(CommonsMetrics.GAIN_MEAN, anyMember ? gainMean() : null);
        summary.put(CommonsMetrics.EFFICIENCY, efficiency());
        summary.put(CommonsMetrics.EQUALITY, anyMember ? equality() : null);
        summary.put(CommonsMetrics.OVER_USAGE, memberMonths == 0 ? null : overUsage());
        summary.put(CommonsMetrics.STOCK_LEFT, Math.max(0, stockLeft));
        summary.put(CommonsMetrics.AGREEMENTS, agreements);
        summary.put(CommonsMetrics.UTTERANCES, utterances);
        summary.put(CommonsMetrics.LLM_CALLS, languageModelCalls);
        summary.put(CommonsMetrics.LLM_TOKENS, languageModelTokens);
        summary.put(CommonsMetrics.GAIN_PER_KIND, gainPerKind());
        Map<String, Long> perAgent = new LinkedHashMap<>(2 * members);
        for (int i = 0; i < members; i++) {
            perAgent.put(ids.get(i), gains[i]);
        }
        summary.put(CommonsMetrics.GAIN_PER_AGENT, perAgent);
        return summary.asMap();
    }

    /** The mean gain of each kind, kinds in the order their first member joined. */
    private Map<String, Double> gainPerKind() {
        List<String> order = new ArrayList<>(4);
        double[] sums = new double[members];
        int[] counts = new int[members];
        for (int i = 0; i < members; i++) {
            int k = order.indexOf(kinds.get(i));
            if (k < 0) {
                k = order.size();
                order.add(kinds.get(i));
            }
            sums[k] += gains[i];
            counts[k]++;
        }
        Map<String, Double> means = new LinkedHashMap<>(2 * order.size());
        for (int k = 0; k < order.size(); k++) {
            means.put(order.get(k), sums[k] / counts[k]);
        }
        return means;
    }
}
