package org.agora.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleSupplier;

/**
 * Measures two workloads side by side in one JVM, alternating short segments (A B B A …) so
 * that the load of a shared machine, which drifts over seconds, hits both alike; each pair of
 * segments gives one ratio B/A, and the report is the median of those ratios. Sequential
 * benchmarks (all of A, then all of B) would measure the drift as much as the code.
 */
public final class SideBySide {

    /** The outcome: medians of the two rates and of their paired ratio, in operations per second. */
    public record Result(String nameA, String nameB, double medianA, double medianB, double medianRatio,
            double[] ratios) {

        /** The report lines: both rates, the ratio with its spread, and the goal. */
        public List<String> report(String unit, double goalRatio) {
            double[] sorted = ratios.clone();
            Arrays.sort(sorted);
            List<String> lines = new ArrayList<>();
            lines.add("| workload | median rate |");
            lines.add("|---|---|");
            lines.add("| " + nameA + " | " + Bench.number(medianA) + " " + unit + " |");
            lines.add("| " + nameB + " | " + Bench.number(medianB) + " " + unit + " |");
            lines.add(String.format(Locale.ROOT, "ratio %s / %s: median %.2f over %d alternating pairs (range %.2f … %.2f); "
                    + "goal ≥ %.2f: %s", nameB, nameA, medianRatio, ratios.length, sorted[0], sorted[sorted.length - 1],
                    goalRatio, medianRatio >= goalRatio ? "met" : "MISSED"));
            return lines;
        }
    }

    private SideBySide() {
    }

    /**
     * @param a the reference workload; one call performs {@code opsPerCall} operations
     * @param b the workload compared with it
     * @param segmentNanos how long one segment runs
     * @param pairs how many ratios to collect
     */
    public static Result alternate(String nameA, Runnable a, String nameB, Runnable b, long opsPerCall,
            long segmentNanos, int pairs) {
        return alternate(nameA, () -> rate(a, opsPerCall, segmentNanos), nameB, () -> rate(b, opsPerCall, segmentNanos),
                5, pairs);
    }

    /**
     * The same alternation over segments measured elsewhere (for example each workload in a JVM of
     * its own, see {@link SegmentJvm}): each call of {@code a} or {@code b} runs one segment and
     * returns its rate in operations per second. {@code warmups} segments of each run first, unpaired.
     */
    public static Result alternate(String nameA, DoubleSupplier a, String nameB, DoubleSupplier b, int warmups,
            int pairs) {
        for (int i = 0; i < warmups; i++) {
            a.getAsDouble();
            b.getAsDouble();
        }
        double[] ratesA = new double[pairs];
        double[] ratesB = new double[pairs];
        for (int i = 0; i < pairs; i++) {
            if (i % 2 == 0) {
                ratesA[i] = a.getAsDouble();
                ratesB[i] = b.getAsDouble();
            } else {
                ratesB[i] = b.getAsDouble();
                ratesA[i] = a.getAsDouble();
            }
        }
        return paired(nameA, ratesA, nameB, ratesB);
    }

    /** The result of rates measured in pairs: {@code ratesA[i]} beside {@code ratesB[i]}. */
    public static Result paired(String nameA, double[] ratesA, String nameB, double[] ratesB) {
        double[] ratios = new double[ratesA.length];
        for (int i = 0; i < ratios.length; i++) {
            ratios[i] = ratesB[i] / ratesA[i];
        }
        return new Result(nameA, nameB, median(ratesA), median(ratesB), median(ratios), ratios);
    }

    /** Runs {@code workload} for one segment of {@code segmentNanos}; its rate in operations per second. */
    static double rate(Runnable workload, long opsPerCall, long segmentNanos) {
        Segment segment = segment(workload, segmentNanos);
        return segment.calls() * opsPerCall / (segment.nanos() / 1e9);
    }

    /** What one segment did: the workload's calls and the wall-clock nanoseconds they took. */
    record Segment(long calls, long nanos) {
    }

    /** Calls {@code workload} until {@code segmentNanos} have passed. */
    static Segment segment(Runnable workload, long segmentNanos) {
        long start = System.nanoTime();
        long calls = 0;
        long elapsed;
        do {
            workload.run();
            calls++;
            elapsed = System.nanoTime() - start;
        } while (elapsed < segmentNanos);
        return new Segment(calls, elapsed);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return Bench.median(sorted);
    }
}
