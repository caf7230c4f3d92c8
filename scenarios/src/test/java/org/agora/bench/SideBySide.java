package org.agora.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

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
        for (int i = 0; i < 5; i++) {
            rate(a, opsPerCall, segmentNanos);
            rate(b, opsPerCall, segmentNanos);
        }
        double[] ratesA = new double[pairs];
        double[] ratesB = new double[pairs];
        double[] ratios = new double[pairs];
        for (int i = 0; i < pairs; i++) {
            if (i % 2 == 0) {
                ratesA[i] = rate(a, opsPerCall, segmentNanos);
                ratesB[i] = rate(b, opsPerCall, segmentNanos);
            } else {
                ratesB[i] = rate(b, opsPerCall, segmentNanos);
                ratesA[i] = rate(a, opsPerCall, segmentNanos);
            }
            ratios[i] = ratesB[i] / ratesA[i];
        }
        return new Result(nameA, nameB, median(ratesA), median(ratesB), median(ratios), ratios);
    }

    private static double rate(Runnable workload, long opsPerCall, long segmentNanos) {
        long start = System.nanoTime();
        long calls = 0;
        long elapsed;
        do {
            workload.run();
            calls++;
            elapsed = System.nanoTime() - start;
        } while (elapsed < segmentNanos);
        return calls * opsPerCall / (elapsed / 1e9);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return Bench.median(sorted);
    }
}
