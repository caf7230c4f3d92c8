package org.agora.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;
import org.agora.core.event.Event;
import org.agora.core.sink.EventJsonCodec;

/**
 * The event codec against the writer it replaced ({@link GeneratorEncoder}), side by side in one
 * JVM of their own with a fixed heap ({@link OwnJvm}, {@link SideBySide}: alternating 0.2 s segments), each event encoded to its own byte array as
 * the Kafka sink's encoder does, for {@link CodecBenchmark}'s two kinds of event. Rates per second
 * of the encoding thread's CPU time, so that the load of a shared machine (which takes the CPU
 * away, not the work) counts less; the CPU nanoseconds per event follow from them.
 * Goal: ≥ 1.5 × the reference (issue 19).
 */
public final class CodecComparison implements Comparison {

    private static final long SEGMENT_NANOS = 200_000_000L;
    private static final int PAIRS = 21;
    private static final int WARMUPS = 5;
    private static final double GOAL = 1.5;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Override
    public String name() {
        return "CodecVsGenerator";
    }

    @Override
    public List<String> run() throws Exception {
        List<String> lines = new ArrayList<>();
        lines.add("load average before: " + SweepComparison.loadAverage());
        for (String kind : new String[] {"harvest", "intent"}) {
            String[] fields = OwnJvm.run(CodecComparison.class, List.of(kind));
            SideBySide.Result result = SideBySide.paired("generator (before)", OwnJvm.rates(fields[0]),
                    "codec (after)", OwnJvm.rates(fields[1]));
            lines.add("");
            lines.add("### " + kind + " events, encoded per CPU-second of the encoding thread (a JVM of their own)");
            lines.addAll(result.report("events/CPU-s", GOAL));
            lines.add(String.format(Locale.ROOT, "CPU per event: before %.0f ns, after %.0f ns",
                    1e9 / result.medianA(), 1e9 / result.medianB()));
        }
        lines.add("load average after: " + SweepComparison.loadAverage());
        return lines;
    }

    /** In the measuring JVM: alternates the two writers on one kind of event; prints both rates of each pair. */
    public static void main(String[] arguments) {
        CodecBenchmark events = new CodecBenchmark();
        events.event = arguments[0];
        events.makeEvents();
        EventJsonCodec.Encoder encoder = EventJsonCodec.encoder();
        GeneratorEncoder before = new GeneratorEncoder();
        long[] bytes = new long[1];
        List<Double> ratesBefore = new ArrayList<>();
        List<Double> ratesAfter = new ArrayList<>();
        DoubleSupplier beforeSegment = perCpuSecond(events.events(), event -> bytes[0] += before.encode(event).length);
        DoubleSupplier afterSegment = perCpuSecond(events.events(), event -> bytes[0] += encoder.encode(event).length);
        SideBySide.alternate("before", () -> record(ratesBefore, beforeSegment), "after",
                () -> record(ratesAfter, afterSegment), WARMUPS, PAIRS);
        OwnJvm.print(joinedAfterWarmUp(ratesBefore), joinedAfterWarmUp(ratesAfter), bytes[0]);
    }

    private static double record(List<Double> rates, DoubleSupplier segment) {
        double rate = segment.getAsDouble();
        rates.add(rate);
        return rate;
    }

    /** The rates of the paired segments, in the order they were paired. */
    private static String joinedAfterWarmUp(List<Double> rates) {
        return OwnJvm.joined(rates.subList(WARMUPS, rates.size()).stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** One segment of encoding the batch over and over; its events per CPU-second of this thread. */
    private static DoubleSupplier perCpuSecond(Event[] batch, Consumer<Event> encode) {
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
