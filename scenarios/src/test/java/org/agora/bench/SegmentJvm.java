package org.agora.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One workload of a side-by-side comparison, kept running in a JVM of its own ({@link OwnJvm}) and
 * asked for one measured segment at a time, so that {@link SideBySide} can alternate two workloads
 * that must not share a JVM. Two workloads in one JVM share the compiled code of every method both
 * call (MASON's {@code Schedule.step} for the kernel comparison): the JIT compiles it once, for the
 * receivers of both, and each side is then measured with code shaped by the other.
 *
 * <p>The measuring side is {@link #serve}: its JVM reads one line per segment from standard input
 * and answers with one result line holding the segment's rate.
 */
final class SegmentJvm implements AutoCloseable {

    private final Process process;
    private final BufferedReader output;
    private final Writer input;
    private final List<String> seen = new ArrayList<>();
    private final List<Double> cpuRates = new ArrayList<>();

    private SegmentJvm(Process process) {
        this.process = process;
        this.output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        this.input = process.outputWriter(StandardCharsets.UTF_8);
    }

    /**
     * Starts {@code main.main(arguments)}, which must call {@link #serve}, in a JVM of its own whose
     * heap is touched at start ({@code -XX:+AlwaysPreTouch}): segments measure the steady state, and
     * until the collector's first cycle a workload that allocates would fault in every fresh page of
     * the young generation on its own thread (on this host that tripled the time of a kernel step for
     * the first 256 MB of events), a cost a long run pays once and a workload that allocates nothing
     * never pays.
     */
    static SegmentJvm start(Class<?> main, List<String> arguments) throws IOException {
        return new SegmentJvm(OwnJvm.start(main, List.of("-XX:+AlwaysPreTouch"), arguments));
    }

    /**
     * Runs one segment in that JVM; its rate in operations per wall-clock second. The rate per
     * CPU-second (the measuring thread's CPU time plus the collector's pauses) is kept for
     * {@link #cpuRates}.
     */
    double segment() {
        try {
            input.write("segment\n");
            input.flush();
            String line;
            while ((line = output.readLine()) != null) {
                if (line.startsWith(OwnJvm.RESULT)) {
                    String[] rates = line.substring(OwnJvm.RESULT.length()).split(" ");
                    cpuRates.add(Double.parseDouble(rates[1]));
                    return Double.parseDouble(rates[0]);
                }
                seen.add(line);
            }
            throw new IllegalStateException("the measuring JVM ended:\n" + String.join("\n", seen));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The rates per CPU-second (operations per second of the measuring thread's CPU time plus the
     * collector's pauses) of the segments run so far, without the first {@code skip}.
     */
    double[] cpuRates(int skip) {
        return cpuRates.stream().skip(skip).mapToDouble(Double::doubleValue).toArray();
    }

    @Override
    public void close() throws InterruptedException {
        try {
            input.close();
        } catch (IOException ignored) {
            // the JVM is ending anyway; waitFor below tells whether it did
        }
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroy();
        }
    }

    /**
     * In the measuring JVM: for every line read from standard input, runs {@code workload} for one
     * segment of {@code segmentNanos} and prints a result line with its rate per wall-clock second
     * and per CPU-second; returns at the end of input.
     */
    static void serve(Runnable workload, long opsPerCall, long segmentNanos) throws IOException {
        BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        PrintStream out = System.out;
        while (commands.readLine() != null) {
            long cpuBefore = threads.getCurrentThreadCpuTime() + collectorPauses();
            SideBySide.Segment segment = SideBySide.segment(workload, segmentNanos);
            long cpu = threads.getCurrentThreadCpuTime() + collectorPauses() - cpuBefore;
            double operations = (double) segment.calls() * opsPerCall;
            out.println(OwnJvm.RESULT + operations / (segment.nanos() / 1e9) + " " + operations / (cpu / 1e9));
            out.flush();
        }
    }

    /**
     * The collector's pauses so far in nanoseconds: the collector's threads work while the
     * measuring thread is stopped, and its CPU time does not count their work.
     */
    private static long collectorPauses() {
        long millis = 0;
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            millis += Math.max(0, collector.getCollectionTime());
        }
        return millis * 1_000_000L;
    }
}
