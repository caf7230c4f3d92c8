package org.agora.bench;

import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.agora.core.event.Event;
import org.agora.core.event.EventHeader;
import org.agora.core.sink.EventJsonCodec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The event codec alone, without a file or a broker: events encoded to a byte array each, as the
 * Kafka sink's encoder thread does, by today's codec and by the writer it replaced
 * ({@link GeneratorEncoder}, the reference). Score: events encoded per second. Events:
 * {@code harvest} is {@link SinkBenchmark}'s 150-byte event (two strings and a double);
 * {@code intent} a V2X-like event with an enum, integers, a boolean and decimals.
 * Goal: ≥ 1.5 × the reference (issue 19).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 9, time = 2)
public class CodecBenchmark {

    /** A lane, written by its constant's name. */
    public enum Lane { MAIN, RAMP }

    /** An intent delivered over the sidelink: one component of each kind the codec writes by itself. */
    public record IntentDelivered(EventHeader header, String vehicle, Lane lane, int hops, long bytes,
            boolean delivered, double delayMs, double speedMps) implements Event {
    }

    @Param({"harvest", "intent"})
    public String event;

    private Event[] events;
    private final EventJsonCodec.Encoder encoder = EventJsonCodec.encoder();
    private final GeneratorEncoder before = new GeneratorEncoder();

    @Setup(Level.Trial)
    public void makeEvents() {
        SinkBenchmark sink = new SinkBenchmark();
        sink.makeEvents();
        events = sink.events().clone();
        if (event.equals("intent")) {
            for (int i = 0; i < events.length; i++) {
                String vehicle = "cav-" + (i % 12);
                events[i] = new IntentDelivered(new EventHeader(0.1 * i, "merge-hard-s7-0f3a9c21", i, vehicle), vehicle,
                        i % 3 == 0 ? Lane.RAMP : Lane.MAIN, 1 + i % 2, 190 + i % 40, i % 17 != 0, 2.5 + (i % 9) * 0.125,
                        20 + (i % 50) / 7.0);
            }
        }
        for (Event each : events) {
            if (!Arrays.equals(encoder.encode(each), before.encode(each))) {
                throw new IllegalStateException("the two writers differ on " + each);
            }
        }
    }

    /** The batch of events each invocation encodes. */
    Event[] events() {
        return events;
    }

    @Benchmark
    @OperationsPerInvocation(SinkBenchmark.BATCH)
    @Goal(minRatio = 1.5, text = "≥ 1.5 × the writer it replaced")
    public void encode(Blackhole out) {
        for (Event each : events) {
            out.consume(encoder.encode(each));
        }
    }

    @Benchmark
    @OperationsPerInvocation(SinkBenchmark.BATCH)
    public void referenceGeneratorBefore(Blackhole out) {
        for (Event each : events) {
            out.consume(before.encode(each));
        }
    }
}
