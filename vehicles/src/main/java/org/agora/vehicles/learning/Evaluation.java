package org.agora.vehicles.learning;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.LongFunction;
import org.agora.vehicles.merge.MergeConfig;
import org.agora.vehicles.policy.PolicyActions;
import org.agora.vehicles.rl.LearnedPolicy;
import org.agora.vehicles.rl.MergeEnvironment;
import org.agora.vehicles.rl.StepResult;
import org.agora.vehicles.road.LaneRole;
import org.agora.vehicles.traffic.Vehicle;

/**
 * Plays one episode per seed with a policy and measures it: the return (sum over decision steps
 * of the CAVs' mean reward), whether a CAV collided, the share of ramp CAVs on the main road at
 * the end, and the CAVs' mean speed. Deterministic for a deterministic actor.
 *
 * @param episodes episodes played
 * @param meanReward mean return
 * @param rewardStandardError standard error of the mean return (0 for one episode)
 * @param collisionShare share of episodes ending in a CAV collision
 * @param mergeSuccessShare share of ramp CAVs merged, over episodes with ramp CAVs (−1: none)
 * @param meanSpeed mean CAV speed over decision steps, m/s
 */
public record Evaluation(int episodes, double meanReward, double rewardStandardError, double collisionShare,
        double mergeSuccessShare, double meanSpeed) {

    /** Mixed with an evaluation seed into the seed of its action sampling (any fixed constant). */
    private static final long SAMPLING_STREAM = 0x5A4D_504C_4544L;
    /** Mixed with an evaluation seed into the seed of the uniform actions of the random baseline. */
    private static final long UNIFORM_STREAM = 0x554E_4946_4F52L;

    /**
     * Evaluates the actor network {@code network} choosing by {@code actions} on {@code seeds}.
     * Sampled actions (as the study evaluates: its {@code MAPPO.action} samples) come from a
     * generator seeded by the evaluation seed alone, so that every policy evaluated on a seed draws
     * from the same random numbers.
     */
    public static Evaluation of(Mlp network, PolicyActions actions, MergeConfig config, boolean intentFeatures,
            List<Long> seeds) {
        if (actions == PolicyActions.GREEDY) {
            return of(PolicyFile.actor(network, actions, null), config, intentFeatures, seeds);
        }
        return perSeed(seed -> PolicyFile.actor(network, actions,
                new SplittableRandom(MappoTrainer.mix(seed, SAMPLING_STREAM))::nextDouble), config, intentFeatures, seeds);
    }

    /**
     * The random baseline: every CAV draws each action uniformly from {@code actions} actions, from
     * a generator seeded by the evaluation seed alone (so that it does not depend on the order of
     * the seeds, and any two evaluations on one seed draw the same numbers).
     */
    public static Evaluation ofUniformActions(int actions, MergeConfig config, boolean intentFeatures, List<Long> seeds) {
        return perSeed(seed -> {
            SplittableRandom random = new SplittableRandom(MappoTrainer.mix(seed, UNIFORM_STREAM));
            return observation -> random.nextInt(actions);
        }, config, intentFeatures, seeds);
    }

    /** Evaluates {@code actor} on {@code seeds} in the merge of {@code config}. */
    public static Evaluation of(LearnedPolicy.Actor actor, MergeConfig config, boolean intentFeatures, List<Long> seeds) {
        return perSeed(seed -> actor, config, intentFeatures, seeds);
    }

    /**
     * Evaluates, on each seed of {@code seeds}, the actor {@code actors} gives for that seed (a
     * stochastic actor gets its own generator per episode, so that the result does not depend on
     * the order of the seeds).
     */
    public static Evaluation perSeed(LongFunction<LearnedPolicy.Actor> actors, MergeConfig config, boolean intentFeatures,
            List<Long> seeds) {
        MergeEnvironment environment = new MergeEnvironment(config, intentFeatures);
        double[] returns = new double[seeds.size()];
        int collided = 0;
        double merged = 0;
        int withRamp = 0;
        double speedSum = 0;
        long speedCount = 0;
        for (int e = 0; e < returns.length; e++) {
            LearnedPolicy.Actor actor = actors.apply(seeds.get(e));
            float[][] observations = environment.reset(seeds.get(e));
            int agents = environment.agents();
            boolean[] done = new boolean[agents];
            int[] actions = new int[agents];
            StepResult result;
            do {
                for (int i = 0; i < agents; i++) {
                    actions[i] = done[i] ? 1 : actor.act(observations[i]);
                }
                result = environment.step(actions);
                returns[e] += result.meanReward();
                for (Vehicle cav : environment.world().roster()) {
                    if (!cav.removed()) {
                        speedSum += cav.speed();
                        speedCount++;
                    }
                }
                observations = result.observations();
                done = result.dones();
            } while (!result.episodeDone());
            if (environment.world().cavCollisions() > 0) {
                collided++;
            }
            int ramp = 0;
            int onMain = 0;
            for (Vehicle cav : environment.world().roster()) {
                if (cav.entryLane().role() == LaneRole.RAMP) {
                    ramp++;
                    if (!cav.crashed() && cav.lane().role() == LaneRole.MAIN) {
                        onMain++;
                    }
                }
            }
            if (ramp > 0) {
                withRamp++;
                merged += (double) onMain / ramp;
            }
        }
        double mean = 0;
        for (double r : returns) {
            mean += r;
        }
        mean /= returns.length;
        double variance = 0;
        for (double r : returns) {
            variance += (r - mean) * (r - mean);
        }
        double standardError = returns.length > 1 ? Math.sqrt(variance / (returns.length - 1) / returns.length) : 0;
        return new Evaluation(returns.length, mean, standardError, (double) collided / returns.length,
                withRamp == 0 ? -1 : merged / withRamp, speedCount == 0 ? 0 : speedSum / speedCount);
    }
}
