package org.agora.bench;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.agora.core.event.Event;
import org.agora.core.event.EventHeader;
import org.agora.core.sink.EventJsonCodec;
import org.agora.core.sink.JsonLinesSink;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The JSON-lines file sink: events of about 150 bytes (a monthly harvest of a society: header,
 * an agent id and an amount) encoded and written to a file. Score: events written per second.
 * Goal: ≥ 2,500,000 events/s (issue 19); {@link SinkDiskComparison} sets its bytes per second against the disk.
 * The reference writes the same lines through the codec's writer before issue 19's codec half
 * ({@link GeneratorEncoder}: one Jackson generator into a 64 KB buffered file).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 9, time = 2)
public class SinkBenchmark {

    static final int BATCH = 1024;

    /** A typical event of a monthly society. */
    public record HarvestReported(EventHeader header, String agent, double caught) implements Event {
    }

    private final Event[] events = new Event[BATCH];
    /** The bytes one batch of {@link #events} takes in the file, line feeds included. */
    long batchBytes;
    private Path file;
    private JsonLinesSink sink;
    private Path beforeFile;
    private JsonGenerator before;

    @Setup(Level.Trial)
    public void makeEvents() {
        long totalBytes = 0;
        for (int i = 0; i < BATCH; i++) {
            String agent = "agent-" + (i % 5);
            events[i] = new HarvestReported(new EventHeader(2_592_000.0 * (1 + i / 5), "govsim-fishery-s42-ab12cd34",
                    1_000_000 + i, agent), agent, 7.25 + i % 3);
            totalBytes += EventJsonCodec.toJson(events[i]).length() + 1;
        }
        batchBytes = totalBytes;
        double average = (double) totalBytes / BATCH;
        if (average < 140 || average > 160) {
            throw new IllegalStateException("events should be about 150 bytes, are " + average);
        }
    }

    /** The batch of events each invocation writes. */
    Event[] events() {
        return events;
    }

    @Setup(Level.Iteration)
    public void open() throws IOException {
        file = Files.createTempFile("agora-sink-bench", ".jsonl");
        sink = new JsonLinesSink(file);
        beforeFile = Files.createTempFile("agora-sink-bench-before", ".jsonl");
        before = GeneratorEncoder.generator(new BufferedOutputStream(Files.newOutputStream(beforeFile), 1 << 16));
    }

    @TearDown(Level.Iteration)
    public void close() throws IOException {
        sink.close();
        Files.delete(file);
        before.close();
        Files.delete(beforeFile);
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    @Goal(minScore = 2_500_000, text = "≥ 2,500,000 events/s")
    public void jsonLinesFile() {
        for (Event event : events) {
            sink.accept(event);
        }
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void referenceGeneratorFileBefore() throws IOException {
        for (Event event : events) {
            GeneratorEncoder.write(event, before);
            before.writeRaw('\n');
        }
    }
}
