package org.agora.vehicles.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.agora.core.config.BadInputException;
import org.agora.core.config.ConfigNode;
import org.agora.vehicles.policy.PolicyActions;
import org.junit.jupiter.api.Test;

class TrainingFileTest {

    private static TrainingSettings parse(String yaml) {
        return TrainingFile.parse(ConfigNode.parseYaml(yaml, "t.yaml"), "t");
    }

    @Test
    void theExamplesReadWithTheStudysDefaultsWhereTheyAreSilent() {
        for (String name : new String[] {"mappo-easy", "mappo-pis-easy"}) {
            TrainingSettings settings = TrainingFile.read(Path.of("../examples/training/" + name + ".yaml"));
            assertThat(settings.name()).isEqualTo(name);
            assertThat(settings.intentFeatures()).isEqualTo(name.startsWith("mappo-pis"));
            assertThat(settings.training().safetyModule()).isFalse();
            assertThat(settings.evaluationSeeds()).hasSize(20).startsWith(0L, 25L, 50L);
            assertThat(settings.hyperparameters().actorLearningRate()).isEqualTo(5e-4);
            assertThat(settings.hyperparameters().hiddenSize()).isEqualTo(Hyperparameters.study().hiddenSize());
        }
    }

    @Test
    void mistakesNameTheFileTheLineAndTheKey() {
        assertThatThrownBy(() -> parse("algorithm: mappo\nepisodes: 3\nevaluation: {intervl: 3}\n"))
                .isInstanceOf(BadInputException.class).hasMessageStartingWith("t.yaml:3: evaluation.intervl: unknown key");
        assertThatThrownBy(() -> parse("algorithm: ppo\nepisodes: 3\n"))
                .hasMessageStartingWith("t.yaml:1: algorithm: must be mappo or mappo-pis");
        assertThatThrownBy(() -> parse("algorithm: mappo\nepisodes: many\n"))
                .hasMessageStartingWith("t.yaml:2: episodes: expected a whole number");
        assertThatThrownBy(() -> parse("algorithm: mappo\nepisodes: 3\nscenario: {density: inflow}\n"))
                .hasMessageContaining("scenario.density").hasMessageContaining("needs episodes");
        assertThatThrownBy(() -> parse("algorithm: mappo\nepisodes: 3\nscenario: {densty: easy}\n"))
                .hasMessageStartingWith("t.yaml:3:").hasMessageContaining("densty");
        assertThatThrownBy(() -> parse("algorithm: mappo\nepisodes: 3\nhyperparameters: {optimizer: sgd}\n"))
                .hasMessageStartingWith("t.yaml:3: hyperparameters.optimizer: optimizer must be rmsprop or adam");
    }

    @Test
    void evaluationCanSetTheSafetyModuleApartFromTraining() {
        TrainingSettings settings = parse("algorithm: mappo\nepisodes: 3\nscenario: {safetyModule: false}\n"
                + "evaluation: {safetyModule: true, seeds: [4, 5]}\n");
        assertThat(settings.training().safetyModule()).isFalse();
        assertThat(settings.evaluation().safetyModule()).isTrue();
        assertThat(settings.evaluationSeeds()).containsExactly(4L, 5L);
    }

    @Test
    void evaluationDrawsActionsAsTheStudyDoesUnlessToldToBeGreedy() {
        assertThat(parse("algorithm: mappo\nepisodes: 3\n").evaluationActions()).isEqualTo(PolicyActions.SAMPLED);
        assertThat(parse("algorithm: mappo\nepisodes: 3\nevaluation: {actions: greedy}\n").evaluationActions())
                .isEqualTo(PolicyActions.GREEDY);
        assertThatThrownBy(() -> parse("algorithm: mappo\nepisodes: 3\nevaluation: {actions: best}\n"))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("t.yaml:3: evaluation.actions: must be greedy or sampled");
    }
}
