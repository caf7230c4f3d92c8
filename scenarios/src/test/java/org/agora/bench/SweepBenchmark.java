package org.agora.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.agora.core.config.ConfigNode;
import org.agora.core.experiment.Experiment;
import org.agora.core.experiment.ExperimentFile;
import org.agora.core.experiment.LocalSweep;
import org.agora.core.experiment.SweepOutcome;
import org.agora.core.experiment.SweepProgress;
import org.agora.core.scenario.ScenarioCatalog;
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
 * A CPU-bound sweep: {@value #RUNS} runs of a crowd of 200 random walkers stepping every half
 * second for 1,000 s (400,000 steps and events a run, about 40 ms; events to no file), recorded in
 * results files, on one thread and on two. Runs of a few milliseconds would measure the sweep's
 * own bookkeeping (directories, results files, the aggregate) rather than its parallelism; the
 * catalog's experiments have runs of a second and more. Score: runs per second. Goal: two threads ≥ 1.8 × one thread. The
 * goal is judged by {@link SweepComparison} (name {@code SweepThreads}), which alternates the two
 * in one JVM; this class gives each one's rate under JMH.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 7, time = 3)
public class SweepBenchmark {

    /** Runs per sweep: enough that the last run of one thread hardly waits for the other's. */
    static final int RUNS = 24;

    private Path directory;
    private Experiment experiment;
    private int sweeps;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        directory = Files.createTempDirectory("agora-sweep-bench");
        Files.writeString(directory.resolve("crowd.yaml"), """
                scenario: test-walkers
                until: 1000 s
                parameters: {interval: 500 ms}
                population: [{kind: walker, count: 200}]
                """);
        String yaml = """
                scenario: crowd.yaml
                grid: {mood: [calm, restless]}
                replications: %d
                """.formatted(RUNS / 2);
        experiment = new ExperimentFile(ScenarioCatalog.installed())
                .parse(ConfigNode.parseYaml(yaml, "bench.yaml"), directory, "bench");
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        delete(directory);
    }

    /** One whole sweep into a fresh directory, on {@code threads} threads. */
    void sweep(int threads) {
        Path output = directory.resolve("sweep-" + sweeps++);
        SweepOutcome outcome = new LocalSweep(experiment.withOutput(output), threads).run(SweepProgress.NONE);
        if (!outcome.complete() || outcome.failed() > 0) {
            throw new IllegalStateException("the benchmark sweep did not complete: " + outcome);
        }
        try {
            delete(output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Benchmark
    @OperationsPerInvocation(RUNS)
    public void referenceOneThread() {
        sweep(1);
    }

    @Benchmark
    @OperationsPerInvocation(RUNS)
    @Goal(minRatio = 1.8, text = "≥ 1.8 × one thread's runs/s")
    public void twoThreads() {
        sweep(2);
    }

    private static void delete(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
