package org.agora.vehicles.learning;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoubleSupplier;
import org.agora.core.config.BadInputException;
import org.agora.core.config.ConfigNode;
import org.agora.core.run.JsonFiles;
import org.agora.core.scenario.Parameters;
import org.agora.vehicles.merge.MergeScenario;
import org.agora.vehicles.merge.ObservationLayout;
import org.agora.vehicles.policy.PolicyActions;
import org.agora.vehicles.rl.LearnedPolicy;
import org.agora.vehicles.rl.Observations;

/**
 * A trained policy on disk: one JSON file holding the shared actor's weights (exact float bits)
 * and what it was trained with: the algorithm, the observation layout and size, whether the
 * observation carries intent features, the scenario parameters of training, the episodes and the
 * seed. Loading needs no native library. A scenario checks {@link #compatibility} before it uses a
 * policy: an observation it cannot produce is bad input.
 *
 * @param algorithm mappo or mappo-pis
 * @param observationLayout the layout's name (see {@link #layoutOf})
 * @param observationSize numbers per observation
 * @param intentFeatures whether the observation carries the intent features
 * @param scenario the v2x-merge parameters of training, by name
 * @param episodes training episodes
 * @param seed the training seed
 * @param actor the actor network
 */
public record PolicyFile(String algorithm, String observationLayout, int observationSize, boolean intentFeatures,
        Map<String, Object> scenario, int episodes, long seed, Mlp actor) {

    /** The format written in the file; a file of another format is refused. */
    public static final String FORMAT = "agora-policy/1";

    /** Agora's observation layout of {@link Observations} with or without intent features. */
    public static String layoutOf(boolean intentFeatures) {
        return layoutOf(intentFeatures, ObservationLayout.AGORA);
    }

    /** The name of an observation layout of {@link Observations}, for example {@code study-kinematics-5x5+intents-4x4}. */
    public static String layoutOf(boolean intentFeatures, ObservationLayout layout) {
        return layout.name().toLowerCase(Locale.ROOT) + "-kinematics-5x5" + (intentFeatures ? "+intents-4x4" : "");
    }

    /** The policy acting greedily (the most probable action), as a scenario's CAV policy, observing with {@code layout}. */
    public LearnedPolicy policy(ObservationLayout layout) {
        return policy(layout, PolicyActions.GREEDY, null);
    }

    /**
     * The policy as a scenario's CAV policy, observing with {@code layout} and choosing by
     * {@code actions}.
     *
     * @param uniform numbers uniform in [0, 1), one per sampled decision (a run's
     *     {@link PolicyActions#STREAM} stream); unused, and may be null, for greedy actions
     */
    public LearnedPolicy policy(ObservationLayout layout, PolicyActions actions, DoubleSupplier uniform) {
        return new LearnedPolicy(actor(actor, actions, uniform), intentFeatures, layout);
    }

    /**
     * An actor choosing by {@code actions} with its own copy of {@code network}: greedy takes the
     * most probable action, sampled draws one from the network's distribution with one number of
     * {@code uniform} per decision.
     */
    static LearnedPolicy.Actor actor(Mlp network, PolicyActions actions, DoubleSupplier uniform) {
        Mlp own = network.copy();
        if (actions == PolicyActions.GREEDY) {
            return observation -> argmax(own.forward(observation));
        }
        if (uniform == null) {
            throw new IllegalArgumentException("sampled actions need a source of random numbers");
        }
        return observation -> MappoTrainer.sample(MappoTrainer.logSoftmax(own.forward(observation)), uniform.getAsDouble());
    }

    static int argmax(float[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        return best;
    }

    /**
     * Why this policy cannot drive in a scenario with these settings, or null if it can.
     *
     * @param intentSharing whether the scenario shares intents
     * @param layout the scenario's observation layout (it must be the one of training)
     */
    public String compatibility(boolean intentSharing, ObservationLayout layout) {
        if (intentFeatures && !intentSharing) {
            return "the policy was trained with intent features (" + algorithm + ") but intent sharing is off";
        }
        int expected = new Observations(intentFeatures, layout).size();
        String scenarioLayout = layoutOf(intentFeatures, layout);
        if (observationSize != expected || actor.inputs() != expected || !scenarioLayout.equals(observationLayout)) {
            return "the policy observes " + observationSize + " numbers (" + observationLayout + "), the scenario gives "
                    + expected + " (" + scenarioLayout + ")";
        }
        return null;
    }

    /**
     * The v2x-merge parameters of training: the scenario's defaults, then every parameter this file
     * records (one the scenario gained after the training keeps its default).
     *
     * @param source the policy file's name, for the message of a recorded value the scenario refuses
     * @throws BadInputException naming {@code source} and the parameter, if a recorded one is unknown
     *     or out of range
     */
    public Parameters trainingParameters(String source) {
        Parameters parameters = new MergeScenario().parameters().defaults();
        for (Map.Entry<String, Object> recorded : scenario.entrySet()) {
            parameters = parameters.with(recorded.getKey(),
                    ConfigNode.text(String.valueOf(recorded.getValue()), source, "scenario." + recorded.getKey()));
        }
        return parameters;
    }

    /** Writes the file (through a temporary file and a rename). */
    public void write(Path file) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("format", FORMAT);
        document.put("algorithm", algorithm);
        Map<String, Object> observation = new LinkedHashMap<>();
        observation.put("layout", observationLayout);
        observation.put("size", observationSize);
        observation.put("intentFeatures", intentFeatures);
        document.put("observation", observation);
        document.put("scenario", scenario);
        document.put("episodes", episodes);
        document.put("seed", seed);
        document.put("actor", network(actor));
        JsonFiles.write(file, document);
    }

    /**
     * Reads a policy file.
     *
     * @throws BadInputException naming the file and the problem, if it is missing, not a policy
     *     file of this format, or inconsistent
     */
    public static PolicyFile read(Path file) {
        Map<String, Object> document;
        try {
            document = JsonFiles.mapper().readValue(Files.readAllBytes(file), new TypeReference<Map<String, Object>>() { });
        } catch (NoSuchFileException e) {
            throw BadInputException.at(file.toString(), 0, null, "no such policy file");
        } catch (IOException e) {
            throw BadInputException.at(file.toString(), 0, null, "not a policy file (" + firstLine(e.getMessage()) + ")");
        }
        try {
            if (!FORMAT.equals(document.get("format"))) {
                throw new IllegalArgumentException("format must be " + FORMAT + " (was " + document.get("format") + ")");
            }
            Map<?, ?> observation = (Map<?, ?>) document.get("observation");
            @SuppressWarnings("unchecked")
            Map<String, Object> scenario = (Map<String, Object>) document.get("scenario");
            Mlp actor = network((Map<?, ?>) document.get("actor"));
            return new PolicyFile((String) document.get("algorithm"), (String) observation.get("layout"),
                    ((Number) observation.get("size")).intValue(), (Boolean) observation.get("intentFeatures"),
                    scenario == null ? Map.of() : scenario, ((Number) document.get("episodes")).intValue(),
                    ((Number) document.get("seed")).longValue(), actor);
        } catch (RuntimeException e) {
            throw BadInputException.at(file.toString(), 0, null, "not a valid policy file (" + firstLine(String.valueOf(e.getMessage())) + ")");
        }
    }

    static Map<String, Object> network(Mlp network) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("sizes", network.sizes());
        out.put("parameters", FloatCodec.encodeAll(network.parameters()));
        return out;
    }

    static Mlp network(Map<?, ?> document) {
        List<?> sizes = (List<?>) document.get("sizes");
        int[] layerSizes = new int[sizes.size()];
        for (int i = 0; i < layerSizes.length; i++) {
            layerSizes[i] = ((Number) sizes.get(i)).intValue();
        }
        Mlp network = new Mlp(layerSizes);
        @SuppressWarnings("unchecked")
        List<String> parameters = (List<String>) document.get("parameters");
        network.setParameters(FloatCodec.decodeAll(parameters));
        return network;
    }

    private static String firstLine(String message) {
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
