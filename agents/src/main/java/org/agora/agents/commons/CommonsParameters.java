package org.agora.agents.commons;

import org.agora.core.scenario.Parameter;
import org.agora.core.scenario.ParameterSet;

/**
 * The parameters of a commons scenario, with the units and defaults of its {@link Setting}. The
 * names are the same in every setting; only units, defaults and words differ.
 */
final class CommonsParameters {

    static final String ROUNDS = "rounds";
    static final String INITIAL_STOCK = "initialStock";
    static final String CAPACITY = "capacity";
    static final String GROWTH = "growth";
    static final String GROWTH_RATE = "growthRate";
    static final String INFLOW = "inflow";
    static final String COLLAPSE_THRESHOLD = "collapseThreshold";
    static final String ALLOCATION = "allocation";
    static final String COMMUNICATION = "communication";
    static final String UNIVERSALIZATION = "universalization";
    static final String MAX_UTTERANCES = "maxUtterances";
    static final String AGREEMENT = "agreement";
    static final String THRESHOLD_COUNTS_NEWCOMERS = "thresholdCountsNewcomers";

    private CommonsParameters() {
    }

    static ParameterSet of(Setting setting) {
        boolean chore = setting.direction() == Direction.CHORE;
        String unit = setting.unit();
        return ParameterSet.of(
                Parameter.integer(ROUNDS, 12).unit("months").range(1, 10_000)
                        .describe("the round limit T: months played unless the commons collapses first (the stop time follows it)"),
                Parameter.integer(INITIAL_STOCK, 100).unit(unit).range(0, 1_000_000_000)
                        .describe("h(0): " + setting.stock() + " at the start"),
                Parameter.integer(CAPACITY, 100).unit(unit).range(1, 1_000_000_000)
                        .describe("the most the pool can hold; growth is capped here"),
                Parameter.choice(GROWTH, chore ? "linear" : "doubling", "doubling", "logistic", "linear")
                        .describe("how the pool grows between months: doubling (2h), logistic (h + r·h·(1 − h/capacity)), "
                                + "linear (h + inflow); always capped at the capacity"),
                Parameter.real(GROWTH_RATE, 1.0).range(0.001, 1)
                        .describe("r of the logistic growth law"),
                Parameter.integer(INFLOW, 50).unit(unit).range(0, 1_000_000_000)
                        .describe("units added each month by the linear growth law"
                                + (chore ? " (new trash); the group's share to take out" : "")),
                Parameter.integer(COLLAPSE_THRESHOLD, chore ? 95 : 5).unit(unit).range(0, 1_000_000_000)
                        .describe(chore ? "the house is overfull (collapse) when more than this is left after taking out"
                                : "collapse when less than this is left after the harvest"),
                Parameter.choice(ALLOCATION, "random-units", "random-units", "proportional")
                        .describe("how an over-demanded pool is split: unit by unit to random agents still wanting more, "
                                + "or in proportion to the requests"),
                Parameter.flag(COMMUNICATION, true)
                        .describe("false: the no-communication ablation (no report, no discussion; agents see only the pool)"),
                Parameter.flag(UNIVERSALIZATION, false)
                        .describe("remind every agent each month what happens if everyone "
                                + (chore ? "takes out less" : "takes more") + " than the threshold"),
                Parameter.integer(MAX_UTTERANCES, 10).range(0, 1_000_000)
                        .describe("the most utterances in one month's discussion"),
                Parameter.choice(AGREEMENT, "majority", "majority", "unanimity")
                        .describe("how many members must endorse a proposed limit for an agreement"),
                Parameter.flag(THRESHOLD_COUNTS_NEWCOMERS, true)
                        .describe("false: the per-agent threshold keeps dividing by the initial number of agents "
                                + "after newcomers join (the original's behaviour)"));
    }
}
