package org.agora.agents.commons;

import java.util.Map;
import org.agora.core.scenario.Parameter;
import org.agora.core.scenario.Parameters;

/**
 * One run's environment settings, resolved from the scenario's parameters.
 *
 * @param rounds the round limit T
 * @param initialStock h(0), in units
 * @param capacity the cap of the pool, in units
 * @param growth the growth law between months
 * @param growthRate r of the logistic law
 * @param inflow units the linear law adds each month
 * @param collapseThreshold the collapse level after the harvest, in units
 * @param allocation how an over-demanded pool is split
 * @param communication false for the no-communication ablation
 * @param universalization the universalization norm at the start
 * @param maxUtterances the most utterances per discussion
 * @param agreement how many endorsements make an agreement
 * @param thresholdCountsNewcomers whether newcomers count in the per-agent threshold's n
 */
public record CommonsConfig(int rounds, long initialStock, long capacity, GrowthLaw growth, double growthRate,
        long inflow, long collapseThreshold, AllocationRule allocation, boolean communication, boolean universalization,
        int maxUtterances, AgreementRule agreement, boolean thresholdCountsNewcomers) {

    /** The settings given by a scenario's resolved parameters. */
    public static CommonsConfig from(Parameters p) {
        return from(p.asMap());
    }

    /**
     * The settings given by parameter values by name: a scenario's resolved parameters, or the
     * {@code parameters} of a {@code RunStarted} event read back (numbers of any boxed type).
     *
     * @throws IllegalArgumentException if a value is missing or of the wrong kind
     */
    public static CommonsConfig from(Map<String, ?> values) {
        return new CommonsConfig(
                number(values, CommonsParameters.ROUNDS).intValue(),
                number(values, CommonsParameters.INITIAL_STOCK).longValue(),
                number(values, CommonsParameters.CAPACITY).longValue(),
                GrowthLaw.of(text(values, CommonsParameters.GROWTH)),
                number(values, CommonsParameters.GROWTH_RATE).doubleValue(),
                number(values, CommonsParameters.INFLOW).longValue(),
                number(values, CommonsParameters.COLLAPSE_THRESHOLD).longValue(),
                AllocationRule.of(text(values, CommonsParameters.ALLOCATION)),
                flag(values, CommonsParameters.COMMUNICATION),
                flag(values, CommonsParameters.UNIVERSALIZATION),
                number(values, CommonsParameters.MAX_UTTERANCES).intValue(),
                AgreementRule.of(text(values, CommonsParameters.AGREEMENT)),
                flag(values, CommonsParameters.THRESHOLD_COUNTS_NEWCOMERS));
    }

    private static Number number(Map<String, ?> values, Parameter<? extends Number> parameter) {
        String name = parameter.name();
        if (!(values.get(name) instanceof Number number)) {
            throw new IllegalArgumentException("parameter " + name + " is missing or not a number (" + values.get(name) + ")");
        }
        return number;
    }

    /** A word's value as given (the rule it names checks it). */
    private static String text(Map<String, ?> values, Parameter<String> parameter) {
        return (String) values.get(parameter.name());
    }

    private static boolean flag(Map<String, ?> values, Parameter<Boolean> parameter) {
        String name = parameter.name();
        if (!(values.get(name) instanceof Boolean flag)) {
            throw new IllegalArgumentException("parameter " + name + " is missing or not true/false (" + values.get(name) + ")");
        }
        return flag;
    }
}
