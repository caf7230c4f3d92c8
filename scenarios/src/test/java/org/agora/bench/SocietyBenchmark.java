package org.agora.bench;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.agora.core.run.Simulation;
import org.agora.core.scenario.ScenarioCatalog;
import org.agora.core.scenario.ScenarioSpec;
import org.agora.core.sink.NullSink;
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

/**
 * The commons societies (docs/models/commons.md): whole episodes of the catalog's rule-based
 * five-member societies, every event published to a no-op sink, on one core. Score: episodes per
 * second. Goal: ≥ 100,000 twelve-month, five-agent episodes/s per core. Also one month of the
 * 10,000-member society, in seconds.
 *
 * <ul>
 * <li>{@code episode}: one simulation restarted with a new seed for each episode (a new kernel
 *     schedule, event bus, model and agents each time; the MASON state object is reused);</li>
 * <li>{@code episodeNewSimulation}: a new {@code Simulation} per episode, as a sweep makes them.</li>
 * </ul>
 * {@code govsim-fishery-sustainable} always lasts 12 months; {@code govsim-fishery} (the default
 * society) lasts 12 months in about half the seeds and 9.9 on average; the no-communication
 * society 12 in almost all.
 */
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class SocietyBenchmark {

    /** A five-member society from the catalog, restarted with a fresh seed for every episode. */
    @State(Scope.Thread)
    public static class FiveMembers {

        @Param({"govsim-fishery-sustainable", "govsim-fishery", "govsim-fishery-no-communication"})
        public String society;

        ScenarioSpec spec;
        Simulation simulation;
        long seed;

        @Setup(Level.Trial)
        public void setUp() {
            spec = ScenarioCatalog.installed().resolve(society);
            simulation = Simulation.of(spec, new NullSink());
        }
    }

    /** The 10,000-member society of the catalog, always the same seed (it lasts its 12 months). */
    @State(Scope.Thread)
    public static class TenThousandMembers {

        Simulation simulation;

        @Setup(Level.Trial)
        public void setUp() {
            simulation = Simulation.of(ScenarioCatalog.installed().resolve("govsim-fishery-10000"), new NullSink());
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Warmup(iterations = 4, time = 2)
    @Measurement(iterations = 9, time = 2)
    @Goal(minScore = 100_000, text = "≥ 100,000 episodes/s per core")
    public Map<String, Object> episode(FiveMembers state) {
        state.simulation.state().setSeed(++state.seed);
        return state.simulation.runToEnd();
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Warmup(iterations = 4, time = 2)
    @Measurement(iterations = 9, time = 2)
    public Map<String, Object> episodeNewSimulation(FiveMembers state) {
        return Simulation.of(state.spec.withSeed(++state.seed), new NullSink()).runToEnd();
    }

    /** Score: seconds per month of a 10,000-member society (an episode is 12 months). */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(12)
    @Warmup(iterations = 3, time = 4)
    @Measurement(iterations = 5, time = 4)
    public Map<String, Object> monthOfTenThousand(TenThousandMembers state) {
        return state.simulation.runToEnd();
    }
}
