package org.agora.agents.commons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.agora.agents.commons.events.RoundScored;
import org.agora.core.scenario.EventSummary;
import org.junit.jupiter.api.Test;

/** The reference's metric formulas on scripted runs computed by hand. */
class MetricsTest {

    /**
     * Three fishers, no talk, three months. n = 3, so f(t) = ⌊⌊h/2⌋/3⌋: 16 at 100 t, 13 at 80 t.
     * <pre>
     * month  stock  f   requests     left  next   over-users
     *   1     100   16  10, 20, 30    40    80    B, C
     *   2      80   13  10, 20,  0    50   100    B
     *   3     100   16  10, 20,  0    70     —    B
     * </pre>
     * Gains 30, 60, 30: R̄ = 40; u = 1 − (3·16 − 40)/(3·16) = 5/6;
     * Gini = (|30−60| + |30−30| + |60−30|)·2 / (2·3·120) = 1/6, e = 5/6; o = 4/9.
     */
    private static final String THREE_FISHERS = """
            scenario: govsim-fishery
            until: 3 months
            parameters: {communication: false}
            population:
              - {kind: scripted, requests: [10, 10, 10]}
              - {kind: scripted, requests: [20, 20, 20]}
              - {kind: scripted, requests: [30, 0, 0]}
            """;

    @Test
    void unequalGainsGiveTheHandComputedMetrics() {
        Runs.Run run = Runs.run(THREE_FISHERS);
        assertThat(run.number("survivalTime")).isEqualTo(3);
        assertThat(run.number("survived")).isEqualTo(1);
        assertThat(run.number("gainMean")).isEqualTo(40);
        assertThat(run.number("efficiency")).isCloseTo(5.0 / 6, within(1e-12));
        assertThat(run.number("equality")).isCloseTo(5.0 / 6, within(1e-12));
        assertThat(run.number("overUsage")).isCloseTo(4.0 / 9, within(1e-12));
        assertThat(run.number("stockLeft")).isEqualTo(70);
        assertThat(run.summary().get("gainPerAgent")).isEqualTo(Map.of("agent-0", 30L, "agent-1", 60L, "agent-2", 30L));
    }

    @Test
    void eachMonthScoresTheRunSoFar() {
        Runs.Run run = Runs.run(THREE_FISHERS);
        RoundScored first = run.events().ofType(RoundScored.class).get(0);
        // gains 10, 20, 30: R̄ = 20, u = 20/48, Gini = (−2·10 + 0·20 + 2·30)/(3·60) = 2/9
        assertThat(first.gainMean()).isEqualTo(20);
        assertThat(first.efficiency()).isCloseTo(20.0 / 48, within(1e-12));
        assertThat(first.equality()).isCloseTo(7.0 / 9, within(1e-12));
        assertThat(first.overUsers()).isEqualTo(2);
        assertThat(first.overUsage()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(first.harvested()).isEqualTo(60);
        RoundScored last = run.events().ofType(RoundScored.class).get(2);
        assertThat(last.equality()).isEqualTo(run.number("equality"));
        assertThat(last.efficiency()).isEqualTo(run.number("efficiency"));
    }

    @Test
    void aProportionalSplitOfACollapseGivesItsGini() {
        // 66 + 44 = 110 asked of 100: exactly 60 and 40; nothing left, collapse in month 1.
        Runs.Run run = Runs.run("""
                scenario: govsim-fishery
                until: 12 months
                parameters: {communication: false, allocation: proportional}
                population:
                  - {kind: scripted, requests: [66]}
                  - {kind: scripted, requests: [44]}
                """);
        assertThat(run.summary().get("gainPerAgent")).isEqualTo(Map.of("agent-0", 60L, "agent-1", 40L));
        assertThat(run.number("survivalTime")).isEqualTo(1);
        assertThat(run.number("gainMean")).isEqualTo(50);
        // f0 = ⌊50/2⌋ = 25, T = 12: u = 1 − (300 − 50)/300
        assertThat(run.number("efficiency")).isCloseTo(1.0 / 6, within(1e-12));
        // Gini = 2·|60 − 40| / (2·2·100) = 0.1
        assertThat(run.number("equality")).isCloseTo(0.9, within(1e-12));
        assertThat(run.number("overUsage")).isEqualTo(1.0);
    }

    /**
     * f0 is the per-agent threshold at full stock, not at the stock the run starts with: a lake
     * started half full and fished at the threshold stays half full, five members take ⌊25/5⌋ = 5
     * a month, R̄ = 60, and u = 60/(12·10) = 1/2, from the model and from the events alone.
     */
    @Test
    void efficiencyIsMeasuredAgainstTheThresholdAtFullStock() {
        Runs.Run run = Runs.run("""
                scenario: govsim-fishery
                until: 12 months
                parameters: {initialStock: 50}
                population: [{kind: sustainable, count: 5}]
                """);
        assertThat(run.number("survivalTime")).isEqualTo(12);
        assertThat(run.number("gainMean")).isEqualTo(60);
        assertThat(run.number("efficiency")).isCloseTo(0.5, within(1e-12));
        EventSummary fromEvents = Runs.CATALOG.scenario("govsim-fishery").orElseThrow().summaryFromEvents().orElseThrow();
        run.events().events().forEach(fromEvents::accept);
        assertThat(fromEvents.summary()).isEqualTo(run.summary());
    }

    @Test
    void theGiniOfOneMemberTakingEverythingIsOneMinusOneOverN() {
        Scorecard card = new Scorecard(1, Direction.TAKE, n -> 10);
        for (int i = 0; i < 5; i++) {
            card.join("agent-" + i, "scripted");
        }
        card.roundStarted();
        for (int i = 0; i < 5; i++) {
            card.harvest(i, i == 4 ? 100 : 0, i == 4 ? 100 : 0, 10);
        }
        card.roundEnded(true);
        assertThat(card.equality()).isCloseTo(0.2, within(1e-12));
        assertThat(card.overUsage()).isCloseTo(0.2, within(1e-12));
        assertThat(card.survived()).isTrue();
    }

    @Test
    void nobodyGainingAnythingIsPerfectlyEqualAndOverUsageOfNoMonthIsZero() {
        Scorecard card = new Scorecard(12, Direction.TAKE, n -> 10);
        card.join("agent-0", "scripted");
        assertThat(card.equality()).isEqualTo(1.0);
        assertThat(card.overUsage()).isZero();
        assertThat(card.efficiency()).isEqualTo(1.0);
    }
}
