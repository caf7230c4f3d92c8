package org.agora.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The sweep goal, measured side by side: the same CPU-bound sweep ({@link SweepBenchmark}) on one
 * thread and on two, alternating segments of a few seconds in one JVM so that the load of a shared
 * machine hits both alike, in a JVM of its own ({@link OwnJvm}) as the sweep of {@code ./agora sweep}
 * runs. Goal: two threads ≥ 1.8 × one thread's runs per second.
 */
public final class SweepComparison implements Comparison {

    @Override
    public String name() {
        return "SweepThreads";
    }

    @Override
    public List<String> run() throws Exception {
        return OwnJvm.results(SweepComparison.class, List.of());
    }

    /** In the measuring JVM: prints the report's lines as result lines. */
    public static void main(String[] arguments) throws Exception {
        SweepBenchmark benchmark = new SweepBenchmark();
        benchmark.setUp();
        String loadBefore = loadAverage();
        try {
            SideBySide.Result result = SideBySide.alternate("sweep on 1 thread", benchmark::referenceOneThread,
                    "sweep on 2 threads", benchmark::twoThreads, SweepBenchmark.RUNS, 3_000_000_000L, 15);
            List<String> lines = new ArrayList<>(result.report("runs/s", 1.8));
            lines.add("(" + Runtime.getRuntime().availableProcessors() + " cores seen by the JVM; load average before: "
                    + loadBefore + ", after: " + loadAverage() + ")");
            lines.forEach(line -> System.out.println(OwnJvm.RESULT + line));
        } finally {
            benchmark.tearDown();
        }
    }

    static String loadAverage() {
        double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return load < 0 ? "unknown" : String.format(java.util.Locale.ROOT, "%.2f", load);
    }
}
