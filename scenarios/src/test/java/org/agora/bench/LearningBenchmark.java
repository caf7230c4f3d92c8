package org.agora.bench;

import java.util.concurrent.TimeUnit;
import org.agora.core.config.ConfigNode;
import org.agora.vehicles.cav.MetaAction;
import org.agora.vehicles.learning.MappoTrainer;
import org.agora.vehicles.learning.Mlp;
import org.agora.vehicles.learning.PolicyFile;
import org.agora.vehicles.learning.TrainerState;
import org.agora.vehicles.learning.TrainingFile;
import org.agora.vehicles.learning.TrainingSettings;
import org.agora.vehicles.merge.MergeWorld;
import org.agora.vehicles.policy.CavPolicy;
import org.agora.vehicles.rl.MergeEnvironment;
import org.agora.vehicles.rl.Observations;
import org.agora.vehicles.traffic.Vehicle;
import org.openjdk.jmh.annotations.AuxCounters;
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
 * Learned policies, one thread: (1) MAPPO training with the study's settings (hidden size 128,
 * one RMSprop step on the whole episode after every episode) on the easy density, safety module off,
 * counted in environment decision steps per second of acting, stepping and learning together
 * ({@code trainingSteps}: the secondary counter {@code steps}); (2) a loaded policy's decisions per
 * second inside a run: observation, actor and choice for one CAV of a hard-density merge, as
 * {@code policy=learned} does every decision step. Goal of (2): at least 10,000 decisions per
 * second. The goal of (1), 20 × the study's own training loop on the same machine, is measured side
 * by side by {@link LearningComparison} ({@code -Dbench=LearningVsStudy}); here the figure is
 * Agora's alone.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m", "-XX:ActiveProcessorCount=1"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 7, time = 2)
public class LearningBenchmark {

    /** The observation: with or without the intent features. */
    @Param({"mappo", "mappo-pis"})
    public String algorithm;

    private MappoTrainer trainer;
    private CavPolicy policy;
    private MergeWorld world;
    private Vehicle cav;

    /** Decision steps of the training episodes, reported per second beside the episodes. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Steps {
        public long steps;
    }

    @Setup(Level.Trial)
    public void setUp() {
        String yaml = "algorithm: " + algorithm + "\nscenario: {density: easy, safetyModule: false}\n"
                + "episodes: 1000000000\nseed: 1\nevaluation: {interval: 1000000000, count: 1}\n";
        TrainingSettings settings = TrainingFile.parse(ConfigNode.parseYaml(yaml, "bench"), "bench");
        boolean intents = settings.intentFeatures();
        trainer = new MappoTrainer(settings, TrainerState.fresh(settings, new Observations(intents).size()), event -> { });
        Mlp actor = trainer.state().actor().copy();
        policy = new PolicyFile(algorithm, PolicyFile.layoutOf(intents), actor.inputs(), intents, settings.scenario(), 0, 1,
                actor).policy(org.agora.vehicles.merge.ObservationLayout.AGORA);
        MergeEnvironment environment = new MergeEnvironment(
                settings.training().withDensity(org.agora.vehicles.event.Density.HARD), intents);
        environment.reset(3);
        for (int i = 0; i < 10; i++) {
            environment.step(new int[environment.agents()]);
        }
        world = environment.world();
        cav = world.roster().get(0);
    }

    @Benchmark
    public int trainingEpisodes(Steps counter) {
        int decisions = trainer.trainEpisode().decisions();
        counter.steps += decisions;
        return decisions;
    }

    @Benchmark
    @Goal(minScore = 10_000, text = "≥ 10,000 decisions/s of a loaded policy")
    public MetaAction loadedPolicyDecisions() {
        return policy.decide(cav, world);
    }
}
