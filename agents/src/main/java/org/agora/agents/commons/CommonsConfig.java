package org.agora.agents.commons;

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
        return new CommonsConfig(
                (Integer) p.get(CommonsParameters.ROUNDS),
                (Integer) p.get(CommonsParameters.INITIAL_STOCK),
                (Integer) p.get(CommonsParameters.CAPACITY),
                GrowthLaw.of((String) p.get(CommonsParameters.GROWTH)),
                (Double) p.get(CommonsParameters.GROWTH_RATE),
                (Integer) p.get(CommonsParameters.INFLOW),
                (Integer) p.get(CommonsParameters.COLLAPSE_THRESHOLD),
                AllocationRule.of((String) p.get(CommonsParameters.ALLOCATION)),
                (Boolean) p.get(CommonsParameters.COMMUNICATION),
                (Boolean) p.get(CommonsParameters.UNIVERSALIZATION),
                (Integer) p.get(CommonsParameters.MAX_UTTERANCES),
                AgreementRule.of((String) p.get(CommonsParameters.AGREEMENT)),
                (Boolean) p.get(CommonsParameters.THRESHOLD_COUNTS_NEWCOMERS));
    }
}
