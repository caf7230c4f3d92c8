package org.agora.core.experiment;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.agora.core.config.ConfigNode;
import org.agora.core.config.SimTime;
import org.agora.core.scenario.Parameter;

/**
 * The values one parameter takes in a grid, as the file gives them: a list
 * ({@code [calm, restless]}) or a range with a step ({@code {from: 0.5, to: 2, step: 0.5}}, both
 * ends included). Each value is kept as a configuration value, so that reading it into the
 * scenario's parameters names its place in the file if it does not fit.
 */
final class Axis {

    /** More values than this on one axis is almost surely a mistake in the step. */
    static final int MAX_VALUES = 10_000;

    private static final List<String> RANGE_KEYS = List.of("from", "to", "step");

    private Axis() {
    }

    /** The values of {@code parameter} that {@code node} lists, each checked against the parameter. */
    static List<ConfigNode> values(Parameter<?> parameter, ConfigNode node) {
        if (node.isList()) {
            return list(parameter, node);
        }
        if (node.isMap()) {
            return range(parameter, node);
        }
        throw node.error("expected a list of values such as [1, 2, 3] or a range {from: 1, to: 3, step: 1}, got "
                + node.describe() + "; a value that does not vary goes under 'parameters:'");
    }

    private static List<ConfigNode> list(Parameter<?> parameter, ConfigNode node) {
        List<ConfigNode> values = node.items();
        if (values.isEmpty()) {
            throw node.error("the list of values is empty");
        }
        // by value, not by a scan of the earlier ones: a list of 250,000 values took minutes
        Map<Object, Integer> firstPlace = new HashMap<>();
        for (ConfigNode value : values) {
            Object read = parameter.read(value);
            Integer earlier = firstPlace.putIfAbsent(read, firstPlace.size());
            if (earlier != null) {
                throw value.error("the value " + value.describe() + " is listed twice (also item " + earlier + ")");
            }
        }
        return values;
    }

    private static List<ConfigNode> range(Parameter<?> parameter, ConfigNode node) {
        node.allowOnly(RANGE_KEYS);
        Parameter.Type type = parameter.type();
        if (type != Parameter.Type.INTEGER && type != Parameter.Type.REAL && type != Parameter.Type.DURATION) {
            throw node.error("a range needs a number; " + parameter.name() + " is a " + type.label()
                    + " parameter: list its values instead");
        }
        ConfigNode fromNode = node.require("from");
        ConfigNode toNode = node.require("to");
        ConfigNode stepNode = node.require("step");
        parameter.read(fromNode);
        parameter.read(toNode);
        BigDecimal from = decimal(type, fromNode);
        BigDecimal to = decimal(type, toNode);
        BigDecimal step = decimal(type, stepNode);
        if (step.signum() <= 0) {
            throw stepNode.error("the step must be greater than 0");
        }
        if (to.compareTo(from) < 0) {
            throw toNode.error("the range ends below its start (from " + plain(from) + ")");
        }
        BigInteger steps = to.subtract(from).divide(step, 0, RoundingMode.FLOOR).toBigInteger();
        if (steps.compareTo(BigInteger.valueOf(MAX_VALUES - 1L)) >= 0) {
            throw stepNode.error("the range has more than " + MAX_VALUES + " values; use a larger step");
        }
        List<ConfigNode> values = new ArrayList<>();
        for (int k = 0; k <= steps.intValue(); k++) {
            BigDecimal value = from.add(step.multiply(BigDecimal.valueOf(k)));
            values.add(ConfigNode.text(plain(value), node.source(), node.path()));
        }
        return values;
    }

    /** A number of the range in the parameter's unit: whole for integers, seconds for durations. */
    private static BigDecimal decimal(Parameter.Type type, ConfigNode node) {
        return switch (type) {
            case INTEGER -> BigDecimal.valueOf(node.asLong());
            case DURATION -> BigDecimal.valueOf(SimTime.seconds(node));
            default -> {
                node.asDouble();
                yield new BigDecimal(node.asString().strip().replace("_", ""));
            }
        };
    }

    /** A number as plain text without trailing zeros: {@code 0.5}, {@code 2}. */
    static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0).toPlainString() : stripped.toPlainString();
    }
}
