package org.agora.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
    private final List<Double> bytesPerOperation = new ArrayList<>();

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
     * CPU-second (the CPU time of the whole JVM during the segment) is kept for {@link #cpuRates},
     * the bytes allocated per operation for {@link #bytesPerOperation}.
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
                    bytesPerOperation.add(Double.parseDouble(rates[2]));
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
     * The rates per CPU-second (operations per second of the measuring JVM's CPU time) of the
     * segments run so far, without the first {@code skip}.
     */
    double[] cpuRates(int skip) {
        return cpuRates.stream().skip(skip).mapToDouble(Double::doubleValue).toArray();
    }

    /**
     * The bytes the measuring thread allocated per operation in each segment run so far, without
     * the first {@code skip}: unlike a rate, it does not depend on the machine's load.
     */
    double[] bytesPerOperation(int skip) {
        return bytesPerOperation.stream().skip(skip).mapToDouble(Double::doubleValue).toArray();
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
     * and per CPU-second of the JVM, and the bytes the measuring thread allocated per operation;
     * returns at the end of input.
     *
     * <p>The CPU time is the process's, every thread's: the measuring thread's, the collector's
     * threads' and the compilers'. Not the measuring thread's plus the collector's pauses: a pause is
     * wall-clock time, and on a loaded host it also holds the collector's threads waiting to be
     * scheduled, which would charge the side that allocates for the machine's load.
     */
    static void serve(Runnable workload, long opsPerCall, long segmentNanos) throws IOException {
        BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        PrintStream out = System.out;
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        while (commands.readLine() != null) {
            Map<String, Long> cpuBefore = threadCpuNanos();
            long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
            SideBySide.Segment segment = SideBySide.segment(workload, segmentNanos);
            long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
            long cpu = cpuSince(cpuBefore);
            double operations = (double) segment.calls() * opsPerCall;
            out.println(OwnJvm.RESULT + operations / (segment.nanos() / 1e9) + " " + operations / (cpu / 1e9) + " "
                    + allocated / operations);
            out.flush();
        }
    }

    /**
     * The CPU time of each of this JVM's threads so far, in nanoseconds, by thread id: the
     * scheduler's own count ({@code /proc/self/task/}{@code <tid>/schedstat}, to the nanosecond).
     * The JDK's process CPU time ({@code OperatingSystemMXBean}) counts in clock ticks of 10 ms,
     * too coarse for a segment that gets 20–200 ms of CPU, and {@code ThreadMXBean}'s thread CPU
     * times leave out the collector's threads.
     */
    static Map<String, Long> threadCpuNanos() throws IOException {
        Map<String, Long> nanos = new HashMap<>();
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc/self/task"))) {
            for (Path task : tasks) {
                try {
                    String schedstat = Files.readString(task.resolve("schedstat"));
                    nanos.put(task.getFileName().toString(), Long.parseLong(schedstat.substring(0, schedstat.indexOf(' '))));
                } catch (NoSuchFileException ended) {
                    // the thread ended since the listing
                }
            }
        }
        return nanos;
    }

    /**
     * The CPU time this JVM's threads used since {@code before} ({@link #threadCpuNanos}); a thread
     * started since counts from 0, a thread that ended since is left out (the compilers' threads
     * come and go; the time an ended thread used in the segment is lost, a few milliseconds at most).
     */
    static long cpuSince(Map<String, Long> before) throws IOException {
        long nanos = 0;
        for (Map.Entry<String, Long> thread : threadCpuNanos().entrySet()) {
            nanos += thread.getValue() - before.getOrDefault(thread.getKey(), 0L);
        }
        return nanos;
    }
}
