package org.agora.agents.commons;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.agora.agents.commons.events.CommonsCollapsed;
import org.agora.agents.commons.events.PoolHarvested;
import org.agora.agents.commons.events.ResourceRegrew;
import org.agora.agents.commons.events.RoundScored;
import org.junit.jupiter.api.Test;

/** The environment's rules, on scripted runs: collapse timing, growth and its cap, the inverse setting. */
class PoolRulesTest {

    private static String fishery(String requests) {
        return """
                scenario: govsim-fishery
                until: 12 months
                parameters: {communication: false}
                population: [{kind: scripted, requests: %s}]
                """.formatted(requests);
    }

    @Test
    void collapseIsJudgedAfterTheHarvestAndBeforeTheGrowth() {
        // 96 taken leaves 4 < 5: collapse in month 1, although doubling would give 8 and then more.
        Runs.Run run = Runs.run(fishery("[96]"));
        assertThat(run.events().ofType(CommonsCollapsed.class)).singleElement()
                .satisfies(c -> assertThat(c.round()).isEqualTo(1))
                .satisfies(c -> assertThat(c.remaining()).isEqualTo(4));
        assertThat(run.events().ofType(ResourceRegrew.class)).isEmpty();
        assertThat(run.number("survivalTime")).isEqualTo(1);
    }

    @Test
    void exactlyTheCollapseThresholdLeftIsNoCollapse() {
        // 95 taken leaves 5: not below 5, so the lake doubles to 10; then 10 taken leaves 0.
        Runs.Run run = Runs.run(fishery("[95, 10]"));
        assertThat(run.events().ofType(ResourceRegrew.class)).singleElement()
                .satisfies(r -> assertThat(List.of(r.before(), r.after())).containsExactly(5L, 10L));
        assertThat(run.events().ofType(CommonsCollapsed.class)).singleElement()
                .satisfies(c -> assertThat(c.round()).isEqualTo(2));
    }

    @Test
    void growthDoublesAndIsCappedAtTheCapacity() {
        Runs.Run run = Runs.run(fishery("[40, 70, 0, 0]") .replace("until: 12 months", "until: 4 months"));
        assertThat(run.events().ofType(ResourceRegrew.class)).extracting(ResourceRegrew::after)
                // 100 − 40 = 60 doubles to 120, capped at 100; 30 → 60; 60 → 100 (cap)
                .containsExactly(100L, 60L, 100L);
        assertThat(run.events().ofType(PoolHarvested.class)).extracting(PoolHarvested::stock)
                .containsExactly(100L, 100L, 60L, 100L);
    }

    @Test
    void theLastMonthEndsWithoutGrowth() {
        Runs.Run run = Runs.run(fishery("[10]").replace("until: 12 months", "until: 3 months"));
        assertThat(run.events().ofType(ResourceRegrew.class)).hasSize(2);
        assertThat(run.events().ofType(RoundScored.class)).hasSize(3);
        assertThat(run.number("survivalTime")).isEqualTo(3);
        assertThat(run.number("roundLimit")).isEqualTo(3);
        assertThat(run.number("survived")).isEqualTo(1);
    }

    @Test
    void logisticAndLinearGrowthAreCappedToo() {
        assertThat(GrowthLaw.LOGISTIC.next(50, 100, 1.0, 0)).isEqualTo(75);
        assertThat(GrowthLaw.LOGISTIC.next(100, 100, 1.0, 0)).isEqualTo(100);
        assertThat(GrowthLaw.LINEAR.next(70, 100, 0, 50)).isEqualTo(100);
        assertThat(GrowthLaw.DOUBLING.next(0, 100, 0, 0)).isZero();
    }

    @Test
    void theGroupThresholdIsTheLargestHarvestTheGrowthRestores() {
        CommonsConfig doubling = new CommonsConfig(12, 100, 100, GrowthLaw.DOUBLING, 1, 0, 5, AllocationRule.RANDOM_UNITS,
                true, false, 10, AgreementRule.MAJORITY, true);
        Pool pool = new Pool(doubling, Direction.TAKE);
        assertThat(pool.groupThreshold(100)).isEqualTo(50);
        assertThat(pool.groupThreshold(75)).isEqualTo(37);
        assertThat(pool.agentThreshold(100, 5)).isEqualTo(10);
        assertThat(pool.agentThreshold(99, 5)).isEqualTo(9);
        assertThat(pool.agentThreshold(100, 4)).isEqualTo(12);
        Pool logistic = new Pool(new CommonsConfig(12, 100, 100, GrowthLaw.LOGISTIC, 1, 0, 5, AllocationRule.RANDOM_UNITS,
                true, false, 10, AgreementRule.MAJORITY, true), Direction.TAKE);
        long f = logistic.groupThreshold(100);
        assertThat(logistic.grownFrom(100 - f)).isGreaterThanOrEqualTo(100);
        assertThat(logistic.grownFrom(100 - f - 1)).isLessThan(100);
    }

    @Test
    void inTheTrashSettingTrashGrowsByTheInflowUpToTheCapacityAndOverflowsAbove95() {
        Runs.Run run = Runs.run("""
                scenario: govsim-trash
                until: 12 months
                parameters: {communication: false}
                population: [{kind: scripted, requests: [30, 20, 4]}]
                """);
        // 100 − 30 = 70 → +50 → 100 (cap); 100 − 20 = 80 → 100; 100 − 4 = 96 > 95: overfull in month 3.
        assertThat(run.events().ofType(ResourceRegrew.class)).extracting(ResourceRegrew::before, ResourceRegrew::after)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(70L, 100L), org.assertj.core.groups.Tuple.tuple(80L, 100L));
        assertThat(run.events().ofType(CommonsCollapsed.class)).singleElement()
                .satisfies(c -> assertThat(c.round()).isEqualTo(3))
                .satisfies(c -> assertThat(c.remaining()).isEqualTo(96));
    }

    @Test
    void inTheTrashSettingTheThresholdIsTheInflowSharedAndFallingShortIsOverUse() {
        Runs.Run run = Runs.run("""
                scenario: govsim-trash
                until: 2 months
                parameters: {communication: false}
                population: [{kind: scripted, count: 4, requests: [10]}, {kind: scripted, requests: [5]}]
                """);
        assertThat(run.events().ofType(PoolHarvested.class)).extracting(PoolHarvested::threshold).containsExactly(10, 10);
        // one of five falls short of 10 each month: over-usage 2/10
        assertThat(run.number("overUsage")).isEqualTo(0.2);
        assertThat(run.number("survived")).isEqualTo(1);
    }

    @Test
    void greedyRoommatesTakeOutNothingAndTheHouseOverflowsInMonthOne() {
        Runs.Run run = Runs.run("""
                scenario: govsim-trash
                until: 12 months
                population: [{kind: greedy, count: 5}]
                """);
        assertThat(run.number("survivalTime")).isEqualTo(1);
        assertThat(run.number("gainMean")).isZero();
        assertThat(run.number("efficiency")).isZero();
    }
}
