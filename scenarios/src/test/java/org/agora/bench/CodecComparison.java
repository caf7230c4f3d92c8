package org.agora.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleSupplier;
import org.agora.core.event.Event;
import org.agora.core.sink.EventJsonCodec;

/**
 * The event codec against the writer it replaced ({@link GeneratorEncoder}), side by side in one
 * JVM ({@link SideBySide}: alternating 0.2 s segments), each event encoded to its own byte array as
 * the Kafka sink's encoder does, for {@link CodecBenchmark}'s two kinds of event. Rates per second
 * of the encoding thread's CPU time, so that the load of a shared machine (which takes the CPU
 * away, not the work) counts less; the CPU nanoseconds per event follow from them.
 * Goal: ≥ 1.5 × the reference (issue 19).
 */
public final class CodecComparison implements Comparison {

    private static final long SEGMENT_NANOS = 200_000_000L;
    private static final int PAIRS = 21;
    private static final double GOAL = 1.5;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Override
    public String name() {
        return "CodecVsGenerator";
    }

    @Override
    public List<String> run() {
        List<String> lines = new ArrayList<>();
        lines.add("load average before: " + SweepComparison.loadAverage());
        for (String kind : new String[] {"harvest", "intent"}) {
            CodecBenchmark events = new CodecBenchmark();
            events.event = kind;
            events.makeEvents();
            EventJsonCodec.Encoder encoder = EventJsonCodec.encoder();
            GeneratorEncoder before = new GeneratorEncoder();
            long[] sink = new long[1];
            SideBySide.Result result = SideBySide.alternate("generator (before)",
                    perCpuSecond(events.events(), event -> sink[0] += before.encode(event).length),
                    "codec (after)", perCpuSecond(events.events(), event -> sink[0] += encoder.encode(event).length),
                    5, PAIRS);
            lines.add("");
            lines.add("### " + kind + " events, encoded per CPU-second of the encoding thread (" + sink[0] % 10 + ")");
            lines.addAll(result.report("events/CPU-s", GOAL));
            lines.add(String.format(Locale.ROOT, "CPU per event: before %.0f ns, after %.0f ns",
                    1e9 / result.medianA(), 1e9 / result.medianB()));
        }
        lines.add("load average after: " + SweepComparison.loadAverage());
        return lines;
    }

    /** One segment of encoding the batch over and over; its events per CPU-second of this thread. */
    private static DoubleSupplier perCpuSecond(Event[] batch, java.util.function.Consumer<Event> encode) {
        return () -> {
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            SideBySide.Segment segment = SideBySide.segment(() -> {
                for (Event event : batch) {
                    encode.accept(event);
                }
            }, SEGMENT_NANOS);
            long cpu = THREADS.getCurrentThreadCpuTime() - cpuStart;
            return segment.calls() * (double) batch.length / (cpu / 1e9);
        };
    }
}
