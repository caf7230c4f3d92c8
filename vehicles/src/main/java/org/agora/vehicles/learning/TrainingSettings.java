package org.agora.vehicles.learning;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.agora.vehicles.merge.MergeConfig;
import org.agora.vehicles.policy.PolicyActions;

/**
 * What a training file says.
 *
 * @param name the training's name (the file's stem unless it names one)
 * @param algorithm mappo (kinematics observation) or mappo-pis (with the intent features, which
 *     need intent sharing)
 * @param scenario the v2x-merge parameters of training, by name (resolved, every parameter)
 * @param training the merge the policy trains in
 * @param evaluation the merge it is evaluated in (the training's, or with the safety module set
 *     apart)
 * @param hyperparameters the learner's settings
 * @param episodes training episodes
 * @param seed the seed of the networks' initialisation, the actions sampled and the training
 *     episodes' traffic
 * @param evaluationInterval episodes between evaluations (also after the last episode)
 * @param evaluationSeeds the seeds of the evaluation episodes
 * @param evaluationActions how the evaluated policy chooses: drawing from its distribution (the
 *     study's evaluation) or taking the most probable action (as {@code policy=learned} drives)
 * @param checkpointInterval episodes between checkpoints (also after the last episode)
 * @param out the output directory
 */
public record TrainingSettings(String name, String algorithm, Map<String, Object> scenario, MergeConfig training,
        MergeConfig evaluation, Hyperparameters hyperparameters, int episodes, long seed, int evaluationInterval,
        List<Long> evaluationSeeds, PolicyActions evaluationActions, int checkpointInterval, Path out) {

    public TrainingSettings {
        scenario = Collections.unmodifiableMap(new TreeMap<>(scenario));
        evaluationSeeds = List.copyOf(evaluationSeeds);
    }

    /** Whether the observation carries the intent features (MAPPO-PIS). */
    public boolean intentFeatures() {
        return "mappo-pis".equals(algorithm);
    }

    /** A copy with another number of episodes. */
    public TrainingSettings withEpisodes(int value) {
        return new TrainingSettings(name, algorithm, scenario, training, evaluation, hyperparameters, value, seed,
                evaluationInterval, evaluationSeeds, evaluationActions, checkpointInterval, out);
    }

    /** A copy writing to another directory. */
    public TrainingSettings withOut(Path value) {
        return new TrainingSettings(name, algorithm, scenario, training, evaluation, hyperparameters, episodes, seed,
                evaluationInterval, evaluationSeeds, evaluationActions, checkpointInterval, value);
    }

    /** The study's 20 test seeds: 0, 25, 50, …, 475. */
    public static List<Long> studySeeds(int count) {
        Long[] seeds = new Long[count];
        for (int i = 0; i < count; i++) {
            seeds[i] = 25L * i;
        }
        return List.of(seeds);
    }
}
