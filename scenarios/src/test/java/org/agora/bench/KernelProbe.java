package org.agora.bench;

import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * One side of {@link KernelBenchmark} alone, for profiling by hand (docs/benchmarks.md, "Event
 * speed profile"): runs it for the given seconds and prints, each second, agent steps per
 * wall-clock second, per second of the thread's CPU time, and the bytes the thread allocated per
 * agent step (which does not depend on the machine's load).
 *
 * <p>Arguments: {@code bare} or {@code agora}, then the seconds to run.
 */
public final class KernelProbe {

    private KernelProbe() {
    }

    public static void main(String[] arguments) {
        boolean bare = arguments[0].equals("bare");
        double seconds = Double.parseDouble(arguments[1]);
        KernelBenchmark benchmark = new KernelBenchmark();
        benchmark.setUp();
        Runnable side = bare ? benchmark::referenceBareMason : benchmark::agoraKernelWithEvents;
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        double stepsPerCall = KernelBenchmark.AGENTS * KernelBenchmark.INSTANTS;
        long end = System.nanoTime() + (long) (seconds * 1e9);
        while (System.nanoTime() < end) {
            long allocatedBefore = threads.getThreadAllocatedBytes(thread);
            long cpuBefore = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            long calls = 0;
            while (System.nanoTime() - start < 1_000_000_000L) {
                side.run();
                calls++;
            }
            double steps = calls * stepsPerCall;
            System.out.printf(Locale.ROOT, "%s %.0f steps/s, %.0f per CPU-second, %.1f bytes per step%n", arguments[0],
                    steps / ((System.nanoTime() - start) / 1e9),
                    steps / ((threads.getCurrentThreadCpuTime() - cpuBefore) / 1e9),
                    (threads.getThreadAllocatedBytes(thread) - allocatedBefore) / steps);
        }
    }
}
