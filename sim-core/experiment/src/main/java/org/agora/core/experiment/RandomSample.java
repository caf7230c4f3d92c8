package org.agora.core.experiment;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.agora.core.config.ConfigNode;
import org.agora.core.config.SimTime;
import org.agora.core.config.Suggestions;
import org.agora.core.kernel.RandomStream;
import org.agora.core.kernel.RandomStreams;
import org.agora.core.scenario.Parameter;
import org.agora.core.scenario.ParameterSet;

/**
 * Points drawn at random, the {@code sample:} design of an experiment file:
 *
 * <pre>
 * sample:
 *   count: 20                       # how many points
 *   method: latin-hypercube         # or uniform (the default)
 *   parameters:
 *     interval: {min: 0.5, max: 2}  # a number between min and max
 *     mood: [calm, restless]        # one of these
 * </pre>
 *
 * Draws come from the stream {@code "sample"} of the experiment's seed, so the same file gives
 * the same points. Real values are rounded to {@value #DIGITS} significant digits, so that the
 * results tables show exactly the values that were run. With the Latin hypercube, each
 * parameter's range is cut into {@code count} equal strata and every stratum is drawn once.
 */
final class RandomSample {

    static final int DIGITS = 6;
    static final int MAX_POINTS = 100_000;

    private static final List<String> KEYS = List.of("count", "method", "parameters");
    private static final List<String> BOUNDS = List.of("min", "max");

    enum Method { UNIFORM, LATIN_HYPERCUBE }

    /** One sampled dimension: a numeric interval or a list to pick from. */
    private record Dimension(Parameter<?> parameter, ConfigNode node, double min, double max, List<ConfigNode> choices) {
    }

    private RandomSample() {
    }

    /** The sampled points: for each, the value of every sampled parameter by name, as configuration values. */
    static List<Map<String, ConfigNode>> draw(ConfigNode sample, ParameterSet declared, long experimentSeed) {
        if (!sample.isMap()) {
            throw sample.error("expected {count: N, parameters: {...}}, got " + sample.describe());
        }
        sample.allowOnly(KEYS);
        ConfigNode countNode = sample.require("count");
        int count = countNode.asInt();
        if (count < 1 || count > MAX_POINTS) {
            throw countNode.error("must be between 1 and " + MAX_POINTS + " (was " + count + ")");
        }
        Method method = Method.UNIFORM;
        if (sample.get("method") != null) {
            ConfigNode methodNode = sample.get("method");
            String word = methodNode.asString();
            List<String> words = List.of("uniform", "latin-hypercube");
            if (!words.contains(word)) {
                throw methodNode.error("'" + word + "' is not one of " + String.join(", ", words) + Suggestions.hint(word, words));
            }
            method = Method.valueOf(word.toUpperCase(Locale.ROOT).replace('-', '_'));
        }
        ConfigNode parameters = sample.require("parameters");
        if (parameters.fields().isEmpty()) {
            throw parameters.error("name at least one parameter to sample");
        }
        List<Dimension> dimensions = new ArrayList<>();
        for (Map.Entry<String, ConfigNode> entry : parameters.fields().entrySet()) {
            dimensions.add(dimension(ExperimentFile.parameter(declared, entry.getKey(), entry.getValue()), entry.getValue()));
        }
        RandomStream random = new RandomStreams(experimentSeed).stream("sample");
        int[][] strata = new int[dimensions.size()][];
        if (method == Method.LATIN_HYPERCUBE) {
            for (int d = 0; d < dimensions.size(); d++) {
                List<Integer> order = new ArrayList<>();
                for (int i = 0; i < count; i++) {
                    order.add(i);
                }
                random.shuffle(order);
                strata[d] = order.stream().mapToInt(Integer::intValue).toArray();
            }
        }
        List<Map<String, ConfigNode>> points = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Map<String, ConfigNode> point = new LinkedHashMap<>();
            for (int d = 0; d < dimensions.size(); d++) {
                // u is uniform in [0, 1), or in stratum strata[d][i] of count equal strata
                double u = random.nextDouble();
                if (method == Method.LATIN_HYPERCUBE) {
                    u = (strata[d][i] + u) / count;
                }
                Dimension dimension = dimensions.get(d);
                point.put(dimension.parameter().name(), value(dimension, u));
            }
            points.add(point);
        }
        return points;
    }

    private static Dimension dimension(Parameter<?> parameter, ConfigNode node) {
        if (node.isList()) {
            List<ConfigNode> choices = node.items();
            if (choices.isEmpty()) {
                throw node.error("the list of values is empty");
            }
            choices.forEach(parameter::read);
            return new Dimension(parameter, node, 0, 0, choices);
        }
        if (!node.isMap()) {
            throw node.error("expected a range {min: A, max: B} or a list of values, got " + node.describe());
        }
        node.allowOnly(BOUNDS);
        Parameter.Type type = parameter.type();
        if (type != Parameter.Type.INTEGER && type != Parameter.Type.REAL && type != Parameter.Type.DURATION) {
            throw node.error("a range needs a number; " + parameter.name() + " is a " + type.label()
                    + " parameter: list its values instead");
        }
        ConfigNode minNode = node.require("min");
        ConfigNode maxNode = node.require("max");
        parameter.read(minNode);
        parameter.read(maxNode);
        double min = number(type, minNode);
        double max = number(type, maxNode);
        if (max < min) {
            throw maxNode.error("must be at least min (" + Parameter.number(min) + ")");
        }
        return new Dimension(parameter, node, min, max, List.of());
    }

    private static double number(Parameter.Type type, ConfigNode node) {
        return switch (type) {
            case INTEGER -> node.asLong();
            case DURATION -> SimTime.seconds(node);
            default -> node.asDouble();
        };
    }

    /** The value at {@code u} in [0, 1) of a dimension. */
    private static ConfigNode value(Dimension dimension, double u) {
        ConfigNode node = dimension.node();
        if (!dimension.choices().isEmpty()) {
            return dimension.choices().get((int) Math.floor(u * dimension.choices().size()));
        }
        String text;
        if (dimension.parameter().type() == Parameter.Type.INTEGER) {
            long span = (long) dimension.max() - (long) dimension.min() + 1;
            text = Long.toString((long) dimension.min() + Math.min(span - 1, (long) Math.floor(u * span)));
        } else {
            double raw = dimension.min() + u * (dimension.max() - dimension.min());
            double rounded = new BigDecimal(raw).round(new MathContext(DIGITS)).doubleValue();
            text = Axis.plain(BigDecimal.valueOf(Math.max(dimension.min(), Math.min(dimension.max(), rounded))));
        }
        return ConfigNode.text(text, node.source(), node.path());
    }
}
