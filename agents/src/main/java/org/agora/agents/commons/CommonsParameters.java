package org.agora.agents.commons;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.agora.core.scenario.Parameter;
import org.agora.core.scenario.ParameterSet;

/**
 * The parameters of a commons scenario, each declared once: a typed constant (its name, type,
 * range and, where every setting agrees, its unit, default and description), and what its
 * {@link Setting} gives it (the unit of the pool, the setting's words, a chore's defaults). The
 * constants read the values ({@code parameters.get(ROUNDS)}); {@link #of(Setting)} lists them, in
 * the order they are declared, as the setting words them.
 */
final class CommonsParameters {

    /** Each declared parameter as a setting words it, in order of declaration. */
    private static final List<Function<Setting, Parameter<?>>> DECLARED = new ArrayList<>();

    static final Parameter<Integer> ROUNDS = declare(Parameter.integer("rounds", 12).unit("months").range(1, 10_000)
            .describe("the round limit T: months played unless the commons collapses first (the stop time follows it)"));
    static final Parameter<Integer> INITIAL_STOCK = declare(Parameter.integer("initialStock", 100).range(0, 1_000_000_000),
            (parameter, setting) -> parameter.unit(setting.unit()).describe("h(0): " + setting.stock() + " at the start"));
    static final Parameter<Integer> CAPACITY = declare(Parameter.integer("capacity", 100).range(1, 1_000_000_000)
            .describe("the most the pool can hold; growth is capped here"),
            (parameter, setting) -> parameter.unit(setting.unit()));
    static final Parameter<String> GROWTH = declare(Parameter.choice("growth", "doubling", "doubling", "logistic", "linear")
            .describe("how the pool grows between months: doubling (2h), logistic (h + r·h·(1 − h/capacity)), "
                    + "linear (h + inflow); always capped at the capacity"),
            (parameter, setting) -> chore(setting) ? parameter.withDefault("linear") : parameter);
    static final Parameter<Double> GROWTH_RATE = declare(Parameter.real("growthRate", 1.0).range(0.001, 1)
            .describe("r of the logistic growth law"));
    static final Parameter<Integer> INFLOW = declare(Parameter.integer("inflow", 50).range(0, 1_000_000_000),
            (parameter, setting) -> parameter.unit(setting.unit()).describe("units added each month by the linear growth law"
                    + (chore(setting) ? " (new trash); the group's share to take out" : "")));
    static final Parameter<Integer> COLLAPSE_THRESHOLD = declare(Parameter.integer("collapseThreshold", 5)
            .range(0, 1_000_000_000), (parameter, setting) -> chore(setting)
                    ? parameter.unit(setting.unit()).withDefault(95)
                            .describe("the house is overfull (collapse) when more than this is left after taking out")
                    : parameter.unit(setting.unit()).describe("collapse when less than this is left after the harvest"));
    static final Parameter<String> ALLOCATION = declare(Parameter.choice("allocation", "random-units", "random-units",
            "proportional").describe("how an over-demanded pool is split: unit by unit to random agents still wanting "
                    + "more, or in proportion to the requests"));
    static final Parameter<Boolean> COMMUNICATION = declare(Parameter.flag("communication", true)
            .describe("false: the no-communication ablation (no report, no discussion; agents see only the pool)"));
    static final Parameter<Boolean> UNIVERSALIZATION = declare(Parameter.flag("universalization", false),
            (parameter, setting) -> parameter.describe("remind every agent each month what happens if everyone "
                    + (chore(setting) ? "takes out less" : "takes more") + " than the threshold"));
    static final Parameter<Integer> MAX_UTTERANCES = declare(Parameter.integer("maxUtterances", 10).range(0, 1_000_000)
            .describe("the most utterances in one month's discussion"));
    static final Parameter<String> AGREEMENT = declare(Parameter.choice("agreement", "majority", "majority", "unanimity")
            .describe("how many members must endorse a proposed limit for an agreement"));
    static final Parameter<Boolean> THRESHOLD_COUNTS_NEWCOMERS = declare(Parameter.flag("thresholdCountsNewcomers", true)
            .describe("false: the per-agent threshold keeps dividing by the initial number of agents "
                    + "after newcomers join (the original's behaviour)"));

    private CommonsParameters() {
    }

    /** The parameters as {@code setting} words them, in the order they are declared. */
    static ParameterSet of(Setting setting) {
        List<Parameter<?>> worded = new ArrayList<>(DECLARED.size());
        for (Function<Setting, Parameter<?>> parameter : DECLARED) {
            worded.add(parameter.apply(setting));
        }
        return ParameterSet.of(worded);
    }

    /** Declares a parameter that is the same in every setting. */
    private static <T> Parameter<T> declare(Parameter<T> parameter) {
        DECLARED.add(setting -> parameter);
        return parameter;
    }

    /** Declares a parameter whose unit, default or words {@code inSetting} gives for each setting. */
    private static <T> Parameter<T> declare(Parameter<T> parameter,
            BiFunction<Parameter<T>, Setting, Parameter<T>> inSetting) {
        DECLARED.add(setting -> inSetting.apply(parameter, setting));
        return parameter;
    }

    private static boolean chore(Setting setting) {
        return setting.direction() == Direction.CHORE;
    }
}
