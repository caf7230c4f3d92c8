package org.agora.vehicles.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.agora.core.config.BadInputException;
import org.agora.core.run.Simulation;
import org.agora.core.scenario.ScenarioSpec;
import org.agora.core.sink.MemorySink;
import org.agora.vehicles.event.EpisodeEnded;
import org.agora.vehicles.merge.MergeScenario;
import org.agora.vehicles.policy.PolicyActions;
import org.agora.vehicles.rl.LearnedPolicy;
import org.agora.vehicles.rl.Observations;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** policy=learned in v2x-merge runs: loading, checking, driving. */
class LearnedPolicyScenarioTest {

    @TempDir
    Path dir;

    private Path policy(String name, boolean intents) {
        int d = new Observations(intents).size();
        Mlp actor = Mlp.initialised(new SplittableRandom(3), d, 16, 16, 5);
        Path file = dir.resolve(name);
        new PolicyFile(intents ? "mappo-pis" : "mappo", PolicyFile.layoutOf(intents), d, intents,
                Map.of("density", "easy"), 0, 3, actor).write(file);
        return file;
    }

    private static ScenarioSpec spec(String... assignments) {
        return ScenarioSpec.defaults(new MergeScenario()).withAssignments(List.of(assignments)).withUntil(60).withSeed(5);
    }

    @Test
    void aPolicyTrainedWithIntentFeaturesRefusesAScenarioWithoutIntentSharing() {
        Path file = policy("pis.json", true);
        ScenarioSpec spec = spec("policy=learned", "model=" + file, "intentSharing=false");
        assertThatThrownBy(spec::check).isInstanceOf(BadInputException.class)
                .hasMessageContaining("parameters.model")
                .hasMessageContaining("intent sharing is off")
                .hasMessageNotContaining("\n");
        spec("policy=learned", "model=" + file, "intentSharing=true").check();
    }

    @Test
    void aPolicyTrainedOnAgorasObservationLayoutRefusesTheStudysLayout() {
        Path file = policy("agora.json", false);
        assertThatThrownBy(() -> spec("policy=learned", "model=" + file, "observation=study").check())
                .isInstanceOf(BadInputException.class).hasMessageContaining("parameters.model")
                .hasMessageContaining("study-kinematics-5x5");
        spec("policy=learned", "model=" + file, "observation=agora").check();
    }

    @Test
    void aMissingOrForeignModelIsBadInput() throws IOException {
        assertThatThrownBy(() -> spec("policy=learned").check()).hasMessageContaining("needs model=PATH");
        assertThatThrownBy(() -> spec("policy=learned", "model=" + dir.resolve("none.json")).check())
                .isInstanceOf(BadInputException.class).hasMessageContaining("no such policy file");
        Path foreign = Files.writeString(dir.resolve("foreign.json"), "{\"format\": \"other\"}");
        assertThatThrownBy(() -> spec("policy=learned", "model=" + foreign).check())
                .isInstanceOf(BadInputException.class).hasMessageContaining("not a valid policy file");
    }

    @Test
    void aLearnedPolicyDrivesTheScenarioDeterministically() {
        ScenarioSpec spec = spec("policy=learned", "model=" + policy("mappo.json", false), "density=easy").check();
        MemorySink first = new MemorySink();
        MemorySink second = new MemorySink();
        Simulation.of(spec, first).runToEnd();
        Simulation.of(spec, second).runToEnd();
        assertThat(first.ofType(EpisodeEnded.class)).isNotEmpty();
        assertThat(first.events()).hasSameSizeAs(second.events());
        assertThat(first.events().toString()).isEqualTo(second.events().toString());
    }

    @Test
    void sampledActionsKeepARunDeterministicAndDifferFromGreedyOnes() {
        String model = "model=" + policy("sampled.json", false);
        ScenarioSpec sampled = spec("policy=learned", model, "density=easy", "policyActions=sampled").check();
        ScenarioSpec greedy = spec("policy=learned", model, "density=easy").check();
        MemorySink first = new MemorySink();
        MemorySink second = new MemorySink();
        MemorySink argmax = new MemorySink();
        Simulation.of(sampled, first).runToEnd();
        Simulation.of(sampled, second).runToEnd();
        Simulation.of(greedy, argmax).runToEnd();

        assertThat(first.ofType(EpisodeEnded.class)).isNotEmpty();
        assertThat(first.events().toString()).isEqualTo(second.events().toString());
        assertThat(first.events().toString()).isNotEqualTo(argmax.events().toString());
    }

    @Test
    void anUnknownWayOfChoosingActionsIsBadInput() {
        assertThatThrownBy(() -> spec("policy=learned", "model=" + policy("m.json", false), "policyActions=random").check())
                .isInstanceOf(BadInputException.class).hasMessageContaining("policyActions")
                .hasMessageNotContaining("\n");
    }

    /**
     * A sampled policy draws each action with the probability its network gives it: 20,000 draws
     * from a network whose output is fixed at log(0.1, 0.2, 0.3, 0.15, 0.25) land on each action
     * within 4 standard errors of its probability (a binomial count; a correct sampler fails this
     * with a chance below 0.1%), while greedy always takes the most probable one.
     */
    @Test
    void aSampledPolicyDrawsActionsWithTheNetworksProbabilities() {
        double[] probabilities = {0.1, 0.2, 0.3, 0.15, 0.25};
        int d = new Observations(false).size();
        Mlp network = new Mlp(d, 5);
        for (int a = 0; a < probabilities.length; a++) {
            network.biases(0)[a] = (float) Math.log(probabilities[a]);
        }
        float[] observation = new float[d];
        SplittableRandom random = new SplittableRandom(17);
        LearnedPolicy.Actor sampled = PolicyFile.actor(network, PolicyActions.SAMPLED, random::nextDouble);
        LearnedPolicy.Actor greedy = PolicyFile.actor(network, PolicyActions.GREEDY, null);
        int draws = 20_000;
        int[] counts = new int[probabilities.length];
        for (int k = 0; k < draws; k++) {
            counts[sampled.act(observation)]++;
            assertThat(greedy.act(observation)).isEqualTo(2);
        }
        for (int a = 0; a < probabilities.length; a++) {
            double p = probabilities[a];
            assertThat((double) counts[a]).as("draws of action %d", a)
                    .isCloseTo(draws * p, Offset.offset(4 * Math.sqrt(draws * p * (1 - p))));
        }
    }
}
