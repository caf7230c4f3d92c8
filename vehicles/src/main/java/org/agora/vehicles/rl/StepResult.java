package org.agora.vehicles.rl;

/**
 * What one decision step of the {@link MergeEnvironment} returns, per CAV of the episode's roster
 * (by position).
 *
 * @param observations each CAV's observation (zeros once it is done)
 * @param rewards each CAV's reward for this step (0 once it left the road before the step)
 * @param dones whether each CAV is done (crashed, left the road, or the episode ended)
 * @param episodeDone whether the episode ended (time up or a CAV collision)
 * @param meanReward the rewards' mean over the CAVs still taking part
 */
public record StepResult(float[][] observations, double[] rewards, boolean[] dones, boolean episodeDone,
        double meanReward) {
}
