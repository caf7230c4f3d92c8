package org.agora.vehicles.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.agora.vehicles.event.Density;
import org.agora.vehicles.merge.MergeConfig;
import org.agora.vehicles.policy.PolicyActions;
import org.agora.vehicles.rl.Observations;
import org.junit.jupiter.api.Test;

class EvaluationTest {

    private static final MergeConfig EASY = MergeConfig.defaults().withDensity(Density.EASY);

    private static Mlp network() {
        return Mlp.initialised(new SplittableRandom(3), new Observations(false).size(), 16, 5);
    }

    @Test
    void aSampledEvaluationIsRepeatableAndEachSeedsEpisodeDoesNotDependOnTheOthers() {
        Mlp actor = network();
        Evaluation together = Evaluation.of(actor, PolicyActions.SAMPLED, EASY, false, List.of(0L, 25L, 50L));
        assertThat(Evaluation.of(actor, PolicyActions.SAMPLED, EASY, false, List.of(0L, 25L, 50L))).isEqualTo(together);

        double sum = 0;
        for (long seed : List.of(50L, 0L, 25L)) {
            sum += Evaluation.of(actor, PolicyActions.SAMPLED, EASY, false, List.of(seed)).meanReward();
        }
        assertThat(sum / 3).isCloseTo(together.meanReward(), org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void aGreedyEvaluationTakesTheMostProbableAction() {
        Mlp actor = network();
        Mlp copy = actor.copy();
        Evaluation greedy = Evaluation.of(actor, PolicyActions.GREEDY, EASY, false, List.of(0L, 25L));
        Evaluation byHand = Evaluation.of(o -> PolicyFile.argmax(copy.forward(o)), EASY, false, List.of(0L, 25L));
        assertThat(greedy).isEqualTo(byHand);
        assertThat(Evaluation.of(actor, PolicyActions.SAMPLED, EASY, false, List.of(0L, 25L))).isNotEqualTo(greedy);
    }
}
