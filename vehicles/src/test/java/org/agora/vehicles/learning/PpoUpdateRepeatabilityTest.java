package org.agora.vehicles.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The same PPO update on the same inputs gives bit-identical networks every time in one JVM: the
 * condition for issue 15's "same training file and seed, same learning curve" and "a resumed
 * training equals an uninterrupted one".
 */
class PpoUpdateRepeatabilityTest {

    private static final int OBSERVATIONS = 23;
    private static final int CRITIC_INPUTS = 46;
    private static final int ACTIONS = 5;
    private static final int HIDDEN = 32;
    private static final int TRANSITIONS = 233;
    private static final int REPETITIONS = 200;

    @Test
    void theSameUpdateOnTheSameInputsGivesTheSameNetworks() {
        SplittableRandom random = new SplittableRandom(15);
        Mlp actor = Mlp.initialised(random, OBSERVATIONS, HIDDEN, HIDDEN, ACTIONS);
        Mlp critic = Mlp.initialised(random, CRITIC_INPUTS, HIDDEN, HIDDEN, 1);
        Transitions batch = batch(random);
        Hyperparameters h = new Hyperparameters(HIDDEN, 5e-4, 5e-4, 0.99, 0.95, 0.2, 0.01, 5, 2, 32, 1, "rmsprop",
                false, true);

        Set<String> distinct = new HashSet<>();
        for (int r = 0; r < REPETITIONS; r++) {
            Mlp a = actor.copy();
            Mlp c = critic.copy();
            PpoUpdate.Losses losses = PpoUpdate.apply(a, c, new Optimizer("rmsprop", 5e-4, a),
                    new Optimizer("rmsprop", 5e-4, c), batch, h, new SplittableRandom(7));
            distinct.add(losses + " " + Arrays.deepHashCode(a.parameters()) + " " + Arrays.deepHashCode(c.parameters()));
        }
        assertThat(distinct).as("distinct results of %d identical updates", REPETITIONS).hasSize(1);
    }

    private static Transitions batch(SplittableRandom random) {
        Transitions batch = new Transitions(OBSERVATIONS, CRITIC_INPUTS);
        float[] observation = new float[OBSERVATIONS];
        float[] criticInput = new float[CRITIC_INPUTS];
        for (int t = 0; t < TRANSITIONS; t++) {
            fill(observation, random);
            fill(criticInput, random);
            int added = batch.add(observation, criticInput, random.nextInt(ACTIONS),
                    (float) Math.log(1.0 / ACTIONS), (float) random.nextDouble());
            batch.rewards[added] = (float) (random.nextDouble() * 2 - 1);
            batch.next[added] = t + 1 < TRANSITIONS && t % 40 != 39 ? added + 1 : -1;
        }
        batch.computeAdvantages(0.99, 0.95, false);
        return batch;
    }

    private static void fill(float[] values, SplittableRandom random) {
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) (random.nextDouble() * 2 - 1);
        }
    }
}
