package org.agora.vehicles.learning;

/**
 * The settings of the MAPPO learner. The defaults are the study's (MAPPO-PIS,
 * {@code configs_ppo.ini}): hidden size 128, RMSprop (α 0.99, ε 1e-5), learning rates 5e-4, γ 0.99,
 * clip 0.2, entropy 0.01, gradient-norm clip 5, one update on the whole episode after every
 * episode, rewards divided by 20, the global reward. Agora uses GAE (λ 0.95; the study uses n-step
 * returns from a target critic) and offers advantage normalisation (off by default: with one
 * episode per update it removes the difference between an episode that crashed and one that did not).
 *
 * @param hiddenSize units in each of the two hidden layers of the actor and of the critic
 * @param actorLearningRate the actor's learning rate
 * @param criticLearningRate the critic's learning rate
 * @param gamma the discount per decision step
 * @param gaeLambda λ of generalised advantage estimation (1: Monte-Carlo returns)
 * @param clip the PPO ratio clip ε
 * @param entropy the weight of the entropy bonus
 * @param maxGradNorm the global gradient-norm clip of each network (0: none)
 * @param epochs passes over each episode's transitions
 * @param minibatch transitions per gradient step (0: all of the episode's)
 * @param rewardScale rewards are divided by this before learning
 * @param optimizer rmsprop or adam
 * @param normalizeAdvantages whether advantages are normalised to mean 0 and deviation 1 per update
 * @param globalReward whether each CAV learns from the mean reward over CAVs (the study's "global"
 *     reward) rather than from its own
 */
public record Hyperparameters(int hiddenSize, double actorLearningRate, double criticLearningRate, double gamma,
        double gaeLambda, double clip, double entropy, double maxGradNorm, int epochs, int minibatch,
        double rewardScale, String optimizer, boolean normalizeAdvantages, boolean globalReward) {

    public Hyperparameters {
        require(hiddenSize >= 1 && hiddenSize <= 4096, "hiddenSize must be in [1, 4096]");
        require(actorLearningRate > 0 && criticLearningRate > 0, "learning rates must be > 0");
        require(gamma > 0 && gamma <= 1, "gamma must be in (0, 1]");
        require(gaeLambda >= 0 && gaeLambda <= 1, "gaeLambda must be in [0, 1]");
        require(clip > 0 && clip < 1, "clip must be in (0, 1)");
        require(entropy >= 0, "entropy must be >= 0");
        require(maxGradNorm >= 0, "maxGradNorm must be >= 0");
        require(epochs >= 1 && epochs <= 1000, "epochs must be in [1, 1000]");
        require(minibatch >= 0, "minibatch must be >= 0");
        require(rewardScale > 0, "rewardScale must be > 0");
        require("rmsprop".equals(optimizer) || "adam".equals(optimizer), "optimizer must be rmsprop or adam");
    }

    /** The study's settings. */
    public static Hyperparameters study() {
        return new Hyperparameters(128, 5e-4, 5e-4, 0.99, 0.95, 0.2, 0.01, 5, 1, 0, 20, "rmsprop", false, true);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
