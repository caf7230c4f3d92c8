package org.agora.bench;

import java.util.concurrent.TimeUnit;
import org.agora.vehicles.event.Density;
import org.agora.vehicles.merge.MergeConfig;
import org.agora.vehicles.rl.MergeEnvironment;
import org.agora.vehicles.rl.StepResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The reinforcement-learning environment's speed: decision steps per second on the MAPPO-PIS merge
 * at hard density (3–6 CAVs, 3–6 HDVs), one thread, with uniformly random actions (an untrained
 * policy) and a reset with a new seed whenever an episode ends, as a trainer would. The reference
 * is highway-env's merge-v0 at 5 Hz decisions, about 140 decision steps per second on one of our
 * 2-core machines (a quoted figure: Python and highway-env cannot be installed here). Goal: 100×,
 * 14,000 decision steps per second. The warm-up is long (40 s): with one processor the compiler
 * needs 15 s to more than 30 s, depending on the machine's load, to finish the safety module's
 * roll-out loop (with 20 s, measurements on a loaded machine were still rising), and a trainer runs
 * for hours.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m", "-XX:ActiveProcessorCount=1"})
@Warmup(iterations = 20, time = 2)
@Measurement(iterations = 7, time = 2)
public class MergeBenchmark {

    /** Which of intent sharing and the safety module are on: both (MAPPO-PIS), none (plain MAPPO), or one alone. */
    @Param({"both", "none", "sharing", "safety"})
    public String modules;

    private MergeEnvironment environment;
    private java.util.SplittableRandom random;
    private long seed;
    private int[] actions;

    @Setup(Level.Trial)
    public void setUp() {
        boolean sharing = modules.equals("both") || modules.equals("sharing");
        boolean safety = modules.equals("both") || modules.equals("safety");
        MergeConfig config = MergeConfig.defaults().withDensity(Density.HARD).withIntentSharing(sharing)
                .withSafetyModule(safety);
        environment = new MergeEnvironment(config, sharing);
        random = new java.util.SplittableRandom(42);
        reset();
    }

    private void reset() {
        environment.reset(++seed);
        actions = new int[environment.agents()];
    }

    @Benchmark
    @Goal(minScore = 14_000, text = "≥ 14,000 decision steps/s (100 × highway-env merge-v0's ~140, quoted)")
    public StepResult rlDecisionStepsHard() {
        for (int i = 0; i < actions.length; i++) {
            actions[i] = random.nextInt(5);
        }
        StepResult result = environment.step(actions);
        if (result.episodeDone()) {
            reset();
        }
        return result;
    }
}
