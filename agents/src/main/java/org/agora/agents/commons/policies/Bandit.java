package org.agora.agents.commons.policies;

import java.util.List;
import org.agora.agents.commons.Direction;
import org.agora.agents.commons.RoundRecord;
import org.agora.core.kernel.RandomStream;

/**
 * A learning policy: an ε-greedy bandit whose arms are harvest levels, each a multiple of the
 * per-agent threshold ({@code levels}, for example 0.5, 1, 1.5, 2 × f(t), rounded to whole units).
 * It first tries each arm once, in order; then with probability ε it picks an arm at random,
 * otherwise the arm with the highest estimated reward (the first of equals). The reward of a month
 * is what it got (a take) or minus what it took out (a chore: its time); the estimate is the
 * sample mean, or an exponential average with step {@code stepSize} if that is above 0. It stays
 * silent, endorses nothing and ignores agreements: it learns from its own payoff only.
 */
final class Bandit extends AbstractHarvestPolicy {

    private final double epsilon;
    private final double[] levels;
    private final double stepSize;
    private final double[] estimates;
    private final int[] pulls;
    private int arm = -1;

    Bandit(PolicyContext context, double epsilon, List<Double> levels, double stepSize) {
        super(context);
        // the declared parameters are the one rule: what a scenario file may not say, the Java API may not either
        this.epsilon = PolicyKind.KindParameters.EPSILON.require(epsilon);
        this.levels = PolicyKind.KindParameters.LEVELS.require(levels).stream().mapToDouble(Double::doubleValue).toArray();
        this.stepSize = PolicyKind.KindParameters.STEP_SIZE.require(stepSize);
        this.estimates = new double[this.levels.length];
        this.pulls = new int[this.levels.length];
    }

    @Override
    public Integer decide() {
        arm = chooseArm();
        return (int) Math.min(Integer.MAX_VALUE, Math.rint(levels[arm] * situation.threshold()));
    }

    private int chooseArm() {
        for (int a = 0; a < levels.length; a++) {
            if (pulls[a] == 0) {
                return a;
            }
        }
        if (epsilon > 0) {
            RandomStream random = context.random().get();
            if (random.chance(epsilon)) {
                return random.nextInt(levels.length);
            }
        }
        int best = 0;
        for (int a = 1; a < levels.length; a++) {
            if (estimates[a] > estimates[best]) {
                best = a;
            }
        }
        return best;
    }

    @Override
    public void reflect() {
        if (arm < 0) {
            return;
        }
        RoundRecord last = context.memory().last();
        double reward = direction == Direction.TAKE ? last.taken() : -last.taken();
        pulls[arm]++;
        double step = stepSize > 0 ? stepSize : 1.0 / pulls[arm];
        estimates[arm] += step * (reward - estimates[arm]);
    }
}
