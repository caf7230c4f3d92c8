package org.agora.vehicles.learning;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.agora.core.config.ConfigNode;
import org.agora.core.scenario.Parameters;
import org.agora.core.scenario.ScenarioFile;
import org.agora.vehicles.merge.MergeConfig;
import org.agora.vehicles.merge.MergeScenario;
import org.agora.vehicles.policy.PolicyActions;

/**
 * Reads a training file (YAML), strictly: unknown keys, wrong types and values out of range are
 * bad input naming the file, the line and the key. The keys:
 * <pre>
 * name: mappo-pis-easy             # optional; the file's stem
 * algorithm: mappo-pis             # mappo | mappo-pis (intent features; needs intentSharing)
 * scenario: {density: easy, safetyModule: false, ...}   # any v2x-merge parameter
 * episodes: 2000
 * seed: 0
 * evaluation: {interval: 200, seeds: [0, 25, 50], safetyModule: false, actions: sampled}
 *                                  # or count: 20 (0, 25, …); actions: sampled | greedy
 * checkpointInterval: 200
 * hyperparameters: {hiddenSize: 128, actorLearningRate: 5e-4, ...}     # defaults: the study's
 * out: runs/train-mappo-pis-easy   # relative to the working directory
 * </pre>
 */
public final class TrainingFile {

    static final List<String> KEYS = List.of("name", "algorithm", "scenario", "episodes", "seed", "evaluation",
            "checkpointInterval", "hyperparameters", "out");
    static final List<String> EVALUATION_KEYS = List.of("interval", "seeds", "count", "safetyModule", "actions");
    static final List<String> HYPERPARAMETER_KEYS = List.of("hiddenSize", "actorLearningRate", "criticLearningRate",
            "gamma", "gaeLambda", "clip", "entropy", "maxGradNorm", "epochs", "minibatch", "rewardScale", "optimizer",
            "normalizeAdvantages", "reward");

    private TrainingFile() {
    }

    /** Reads {@code file}. */
    public static TrainingSettings read(Path file) {
        String stem = file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
        return parse(ConfigNode.readYaml(file), stem);
    }

    /** Checks a parsed training document; {@code stem} is its default name. */
    public static TrainingSettings parse(ConfigNode root, String stem) {
        if (!root.isMap()) {
            throw root.error("a training file is a map of keys (" + String.join(", ", KEYS) + "), got " + root.describe());
        }
        root.allowOnly(KEYS);
        String name = root.get("name") == null ? stem : root.get("name").asString();
        ConfigNode algorithmNode = root.require("algorithm");
        String algorithm = algorithmNode.asString();
        if (!algorithm.equals("mappo") && !algorithm.equals("mappo-pis")) {
            throw algorithmNode.error("must be mappo or mappo-pis (was '" + algorithm + "')");
        }
        Parameters defaults = new MergeScenario().parameters().defaults();
        Parameters parameters = root.get("scenario") == null ? defaults
                : ScenarioFile.readParameters(mapOf(root.get("scenario")), defaults);
        MergeConfig training = config(parameters, root);
        if (!training.density().episodic()) {
            throw where(root, "scenario", "density").error("training needs episodes: easy, medium or hard (was inflow)");
        }
        if (algorithm.equals("mappo-pis") && !training.intentSharing()) {
            throw where(root, "scenario", "intentSharing").error("mappo-pis observes shared intents: intentSharing must be true");
        }
        int episodes = positive(root.require("episodes"));
        long seed = root.get("seed") == null ? 0 : root.get("seed").asLong();
        int interval = 200;
        List<Long> seeds = TrainingSettings.studySeeds(3);
        MergeConfig evaluation = training;
        PolicyActions actions = PolicyActions.SAMPLED;
        ConfigNode evaluationNode = root.get("evaluation");
        if (evaluationNode != null) {
            mapOf(evaluationNode).allowOnly(EVALUATION_KEYS);
            if (evaluationNode.get("interval") != null) {
                interval = positive(evaluationNode.get("interval"));
            }
            if (evaluationNode.get("seeds") != null && evaluationNode.get("count") != null) {
                throw evaluationNode.get("count").error("give either seeds or count, not both");
            }
            if (evaluationNode.get("count") != null) {
                seeds = TrainingSettings.studySeeds(positive(evaluationNode.get("count")));
            }
            if (evaluationNode.get("seeds") != null) {
                seeds = new ArrayList<>();
                for (ConfigNode item : evaluationNode.get("seeds").items()) {
                    seeds.add(item.asLong());
                }
                if (seeds.isEmpty()) {
                    throw evaluationNode.get("seeds").error("needs at least one seed");
                }
            }
            if (evaluationNode.get("actions") != null) {
                actions = actions(evaluationNode.get("actions"));
            }
            if (evaluationNode.get("safetyModule") != null) {
                evaluation = training.withSafetyModule(evaluationNode.get("safetyModule").asBoolean());
            }
        }
        int checkpointInterval = root.get("checkpointInterval") == null ? interval : positive(root.get("checkpointInterval"));
        Hyperparameters hyperparameters = root.get("hyperparameters") == null ? Hyperparameters.study()
                : hyperparameters(mapOf(root.get("hyperparameters")));
        Path out = root.get("out") == null ? Path.of("runs", "train-" + name) : Path.of(root.get("out").asString());
        return new TrainingSettings(name, algorithm, parameters.asMap(), training, evaluation, hyperparameters, episodes,
                seed, interval, seeds, actions, checkpointInterval, out);
    }

    private static MergeConfig config(Parameters parameters, ConfigNode root) {
        try {
            return MergeScenario.configOf(parameters);
        } catch (IllegalArgumentException e) {
            throw root.get("scenario") == null ? root.error(e.getMessage()) : root.get("scenario").error(e.getMessage());
        }
    }

    private static Hyperparameters hyperparameters(ConfigNode node) {
        node.allowOnly(HYPERPARAMETER_KEYS);
        Hyperparameters d = Hyperparameters.study();
        boolean global = d.globalReward();
        if (node.get("reward") != null) {
            String reward = node.get("reward").asString();
            if (!reward.equals("global") && !reward.equals("individual")) {
                throw node.get("reward").error("must be global or individual (was '" + reward + "')");
            }
            global = reward.equals("global");
        }
        try {
            return new Hyperparameters(integer(node, "hiddenSize", d.hiddenSize()),
                    real(node, "actorLearningRate", d.actorLearningRate()), real(node, "criticLearningRate", d.criticLearningRate()),
                    real(node, "gamma", d.gamma()), real(node, "gaeLambda", d.gaeLambda()), real(node, "clip", d.clip()),
                    real(node, "entropy", d.entropy()), real(node, "maxGradNorm", d.maxGradNorm()),
                    integer(node, "epochs", d.epochs()), integer(node, "minibatch", d.minibatch()),
                    real(node, "rewardScale", d.rewardScale()),
                    node.get("optimizer") == null ? d.optimizer() : node.get("optimizer").asString(),
                    node.get("normalizeAdvantages") == null ? d.normalizeAdvantages() : node.get("normalizeAdvantages").asBoolean(),
                    global);
        } catch (IllegalArgumentException e) {
            String key = e.getMessage().split(" ")[0];
            ConfigNode at = node.get(key) != null ? node.get(key) : node;
            throw at.error(e.getMessage());
        }
    }

    private static PolicyActions actions(ConfigNode node) {
        try {
            return PolicyActions.of(node.asString());
        } catch (IllegalArgumentException e) {
            throw node.error(e.getMessage());
        }
    }

    private static int integer(ConfigNode node, String key, int fallback) {
        return node.get(key) == null ? fallback : node.get(key).asInt();
    }

    private static double real(ConfigNode node, String key, double fallback) {
        return node.get(key) == null ? fallback : node.get(key).asDouble();
    }

    private static int positive(ConfigNode node) {
        int value = node.asInt();
        if (value < 1) {
            throw node.error("must be at least 1 (was " + value + ")");
        }
        return value;
    }

    private static ConfigNode mapOf(ConfigNode node) {
        if (!node.isMap()) {
            throw node.error("expected a map, got " + node.describe());
        }
        return node;
    }

    private static ConfigNode where(ConfigNode root, String section, String key) {
        ConfigNode parent = root.get(section);
        if (parent != null && parent.isMap() && parent.get(key) != null) {
            return parent.get(key);
        }
        return parent != null ? parent : root;
    }

}
