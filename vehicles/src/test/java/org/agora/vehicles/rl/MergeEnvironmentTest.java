package org.agora.vehicles.rl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.agora.core.event.Event;
import org.agora.core.run.Simulation;
import org.agora.core.scenario.ScenarioSpec;
import org.agora.core.sink.MemorySink;
import org.agora.vehicles.cav.MetaAction;
import org.agora.vehicles.event.EpisodeEnded;
import org.agora.vehicles.event.Density;
import org.agora.vehicles.merge.MergeConfig;
import org.agora.vehicles.merge.MergeScenario;
import org.agora.vehicles.traffic.Vehicle;
import org.junit.jupiter.api.Test;

class MergeEnvironmentTest {

    private static final MergeConfig HARD = MergeConfig.defaults().withDensity(Density.HARD);

    private static List<String> episode(MergeEnvironment env, long seed, long actionSeed) {
        List<String> trace = new ArrayList<>();
        float[][] obs = env.reset(seed);
        java.util.Random random = new java.util.Random(actionSeed);
        trace.add(java.util.Arrays.deepToString(obs));
        boolean done = false;
        while (!done) {
            int[] actions = new int[env.agents()];
            for (int i = 0; i < actions.length; i++) {
                actions[i] = random.nextInt(5);
            }
            StepResult result = env.step(actions);
            trace.add(java.util.Arrays.deepToString(result.observations()) + java.util.Arrays.toString(result.rewards())
                    + java.util.Arrays.toString(result.dones()));
            done = result.episodeDone();
        }
        return trace;
    }

    @Test
    void deterministicPerSeed() {
        MergeEnvironment a = new MergeEnvironment(HARD, true);
        MergeEnvironment b = new MergeEnvironment(HARD, true);
        assertThat(episode(a, 7, 1)).isEqualTo(episode(b, 7, 1));
        assertThat(episode(a, 7, 1)).isEqualTo(episode(a, 7, 1));
        assertThat(episode(a, 8, 1)).isNotEqualTo(episode(a, 7, 1));
    }

    @Test
    void observationsAndRewardsHaveTheReferenceShape() {
        MergeEnvironment env = new MergeEnvironment(HARD, false);
        float[][] obs = env.reset(3);
        assertThat(env.agents()).isBetween(3, 6);
        assertThat(obs).hasNumberOfRows(env.agents());
        assertThat(obs[0]).hasSize(25);
        for (float[] row : obs) {
            assertThat(row[0]).isEqualTo(1f);
            for (float value : row) {
                assertThat(value).isBetween(-1f, 1f);
            }
        }
        int[] idle = new int[env.agents()];
        java.util.Arrays.fill(idle, MetaAction.IDLE.ordinal());
        StepResult result = env.step(idle);
        assertThat(env.world().traffic().time()).isEqualTo(3.0 / 15);
        for (int i = 0; i < env.agents(); i++) {
            Vehicle cav = env.world().roster().get(i);
            double speedTerm = Math.max(0, Math.min(1, (cav.speed() - 10) / 20));
            assertThat(result.rewards()[i]).isLessThanOrEqualTo(speedTerm + 1e-12);
        }
        assertThat(new MergeEnvironment(HARD, true).observationSize()).isEqualTo(25 + 16);
    }

    @Test
    void anEpisodeLastsTwentySecondsUnlessACavCrashes() {
        MergeEnvironment env = new MergeEnvironment(HARD, false);
        env.reset(11);
        int steps = 0;
        StepResult result;
        do {
            int[] actions = new int[env.agents()];
            java.util.Arrays.fill(actions, MetaAction.IDLE.ordinal());
            result = env.step(actions);
            steps++;
        } while (!result.episodeDone());
        assertThat(steps <= 100).isTrue();
        if (env.world().cavCollisions() == 0) {
            assertThat(steps).isEqualTo(100);
        }
        for (boolean done : result.dones()) {
            assertThat(done).isTrue();
        }
    }

    @Test
    void givesTheSameDynamicsAsTheScenarioForTheSameSeed() {
        long seed = 5;
        MergeEnvironment env = new MergeEnvironment(MergeConfig.defaults(), true);
        env.reset(seed);
        org.agora.vehicles.policy.CavPolicy policy = new org.agora.vehicles.policy.CooperativePolicy();
        double envReward = 0;
        int decisions = 0;
        StepResult result;
        do {
            MetaAction[] chosen = new MetaAction[env.agents()];
            int[] actions = new int[env.agents()];
            for (int i = 0; i < actions.length; i++) {
                Vehicle cav = env.world().roster().get(i);
                actions[i] = cav.removed() ? 1 : policy.decide(cav, env.world()).ordinal();
                chosen[i] = MetaAction.ofIndex(actions[i]);
            }
            result = env.step(actions);
            envReward += result.meanReward();
            decisions++;
        } while (!result.episodeDone());

        MemorySink sink = new MemorySink();
        Simulation.of(ScenarioSpec.defaults(new MergeScenario()).withSeed(seed).withUntil(25), sink).runToEnd();
        EpisodeEnded first = sink.ofType(EpisodeEnded.class).get(0);
        assertThat(first.decisions()).isEqualTo(decisions);
        assertThat(first.reward()).isEqualTo(envReward);
        assertThat(first.collisions()).isEqualTo(env.world().collisions());
    }
}
