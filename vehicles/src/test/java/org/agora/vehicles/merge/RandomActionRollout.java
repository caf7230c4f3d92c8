package org.agora.vehicles.merge;

import java.util.SplittableRandom;
import org.agora.vehicles.rl.MergeEnvironment;
import org.agora.vehicles.rl.StepResult;

/**
 * Random-action roll-outs on the merge, as the reference file measured the study's code: every CAV
 * takes a uniformly drawn meta-action at every decision step; the share of episodes that end in a
 * CAV collision.
 */
final class RandomActionRollout {

    private RandomActionRollout() {
    }

    /** The share of {@code episodes} episodes (seeds 0, 1, …) that end in a CAV collision. */
    static double collisionShare(MergeConfig config, int episodes) {
        MergeEnvironment env = new MergeEnvironment(config, false);
        SplittableRandom actions = new SplittableRandom(2024);
        int collided = 0;
        for (int e = 0; e < episodes; e++) {
            env.reset(e);
            int before = env.world().cavCollisions();
            boolean over = false;
            while (!over) {
                int[] chosen = new int[env.agents()];
                for (int i = 0; i < chosen.length; i++) {
                    chosen[i] = actions.nextInt(5);
                }
                StepResult result = env.step(chosen);
                over = result.episodeDone();
            }
            if (env.world().cavCollisions() > before) {
                collided++;
            }
        }
        return (double) collided / episodes;
    }
}
