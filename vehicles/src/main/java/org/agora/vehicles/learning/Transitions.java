package org.agora.vehicles.learning;

import java.util.Arrays;

/**
 * The transitions of one episode, every CAV's, flattened for a PPO update: per transition the
 * actor's observation, the centralised critic's input, the action, its log-probability under the
 * acting policy, and the advantage and return computed with GAE. Growable; not thread-safe.
 */
final class Transitions {

    final int observationSize;
    final int criticSize;
    int size;
    float[] observations = new float[0];
    float[] criticInputs = new float[0];
    int[] actions = new int[0];
    float[] logProbabilities = new float[0];
    float[] values = new float[0];
    float[] rewards = new float[0];
    /** Index of the same agent's next transition, or −1 at the end of its trajectory. */
    int[] next = new int[0];
    float[] advantages = new float[0];
    float[] returns = new float[0];

    Transitions(int observationSize, int criticSize) {
        this.observationSize = observationSize;
        this.criticSize = criticSize;
    }

    void clear() {
        size = 0;
    }

    /** Adds a transition; returns its index (its reward and successor are set later). */
    int add(float[] observation, float[] criticInput, int action, float logProbability, float value) {
        if (size == actions.length) {
            int capacity = Math.max(64, size * 2);
            observations = Arrays.copyOf(observations, capacity * observationSize);
            criticInputs = Arrays.copyOf(criticInputs, capacity * criticSize);
            actions = Arrays.copyOf(actions, capacity);
            logProbabilities = Arrays.copyOf(logProbabilities, capacity);
            values = Arrays.copyOf(values, capacity);
            rewards = Arrays.copyOf(rewards, capacity);
            next = Arrays.copyOf(next, capacity);
            advantages = Arrays.copyOf(advantages, capacity);
            returns = Arrays.copyOf(returns, capacity);
        }
        System.arraycopy(observation, 0, observations, size * observationSize, observationSize);
        System.arraycopy(criticInput, 0, criticInputs, size * criticSize, criticSize);
        actions[size] = action;
        logProbabilities[size] = logProbability;
        values[size] = value;
        rewards[size] = 0;
        next[size] = -1;
        return size++;
    }

    /**
     * Generalised advantage estimation backwards along each agent's trajectory; a trajectory's last
     * transition is terminal (a crash, leaving the road, or the end of the 20 s episode, as in the
     * study). Optionally normalises the advantages.
     */
    void computeAdvantages(double gamma, double lambda, boolean normalize) {
        for (int t = size - 1; t >= 0; t--) {
            int n = next[t];
            double nextValue = n < 0 ? 0 : values[n];
            double nextAdvantage = n < 0 ? 0 : advantages[n];
            double delta = rewards[t] + gamma * nextValue - values[t];
            advantages[t] = (float) (delta + gamma * lambda * nextAdvantage);
            returns[t] = advantages[t] + values[t];
        }
        if (normalize && size > 1) {
            double mean = 0;
            for (int t = 0; t < size; t++) {
                mean += advantages[t];
            }
            mean /= size;
            double variance = 0;
            for (int t = 0; t < size; t++) {
                variance += (advantages[t] - mean) * (advantages[t] - mean);
            }
            double deviation = Math.sqrt(variance / (size - 1)) + 1e-8;
            for (int t = 0; t < size; t++) {
                advantages[t] = (float) ((advantages[t] - mean) / deviation);
            }
        }
    }
}
