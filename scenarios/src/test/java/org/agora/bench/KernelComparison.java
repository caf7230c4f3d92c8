package org.agora.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The kernel goal, measured side by side: Agora's kernel publishing one event per agent step to a
 * no-op sink against a bare MASON {@code Schedule} loop on the same 10,000 agents
 * ({@link KernelBenchmark} holds both), alternating 0.2 s segments. Each side runs in a JVM of its
 * own ({@link SegmentJvm}), as each runs alone under JMH and as a run runs: in one JVM the two would
 * share MASON's compiled {@code Schedule.step}, compiled for both sides' agents.
 * Goal: ≥ 0.90 × the bare loop's agent steps (events) per second. The report gives the same
 * segments per CPU-second of each JVM too: on a loaded machine a segment's wall-clock rate also
 * measures how much of a core the scheduler gave it.
 */
public final class KernelComparison implements Comparison {

    static final double GOAL = 0.90;
    /** Short segments, many pairs: each pair's two segments see nearly the same load. */
    private static final long SEGMENT_NANOS = 200_000_000L;
    private static final String BARE = "bare";
    private static final String AGORA = "agora";
    private static final String BARE_NAME = "bare MASON Schedule loop";
    private static final String AGORA_NAME = "Agora kernel + events to a no-op sink";
    /** 8 s of each side before the pairs, as JMH's warm-up: the JIT's compilers share the loaded cores. */
    private static final int WARMUPS = 40;
    private static final int PAIRS = 51;

    @Override
    public String name() {
        return "KernelVsMason";
    }

    @Override
    public List<String> run() throws Exception {
        String loadBefore = SweepComparison.loadAverage();
        try (SegmentJvm bare = SegmentJvm.start(KernelComparison.class, List.of(BARE));
                SegmentJvm agora = SegmentJvm.start(KernelComparison.class, List.of(AGORA))) {
            SideBySide.Result wall = SideBySide.alternate(BARE_NAME, bare::segment, AGORA_NAME, agora::segment,
                    WARMUPS, PAIRS);
            List<String> lines = new ArrayList<>(wall.report("agent steps/s", GOAL));
            lines.add("");
            lines.add("The same segments per CPU-second of each JVM (every thread: stepping, collector, compilers):");
            lines.add("");
            lines.addAll(SideBySide.paired(BARE_NAME, bare.cpuRates(WARMUPS), AGORA_NAME, agora.cpuRates(WARMUPS))
                    .report("agent steps per CPU-second", GOAL));
            lines.add("");
            lines.add(String.format(Locale.ROOT, "Bytes the stepping thread allocated per agent step, median of the"
                    + " measured segments: %s %.1f, %s %.1f", BARE_NAME, Bench.medianOf(bare.bytesPerOperation(WARMUPS)),
                    AGORA_NAME, Bench.medianOf(agora.bytesPerOperation(WARMUPS))));
            lines.add("(each side in a JVM of its own, " + WARMUPS + " warm-up segments each; load average before: "
                    + loadBefore + ", after: " + SweepComparison.loadAverage() + ")");
            return lines;
        }
    }

    /** In a measuring JVM: serves segments of the side named by the first argument. */
    public static void main(String[] arguments) throws Exception {
        KernelBenchmark benchmark = new KernelBenchmark();
        benchmark.setUp();
        Runnable side = arguments[0].equals(BARE) ? benchmark::referenceBareMason : benchmark::agoraKernelWithEvents;
        SegmentJvm.serve(side, KernelBenchmark.AGENTS * KernelBenchmark.INSTANTS, SEGMENT_NANOS);
    }
}
