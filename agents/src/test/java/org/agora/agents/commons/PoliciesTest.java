package org.agora.agents.commons;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.agora.agents.commons.events.AgreementReached;
import org.agora.agents.commons.events.PoolHarvested;
import org.agora.agents.commons.events.UtteranceMade;
import org.junit.jupiter.api.Test;

/** Each policy's rule, seen in the requests and remarks of short runs. */
class PoliciesTest {

    @Test
    void conditionalCooperatorsWarnRetaliateForAWhileThenForgive() {
        // agent-4 takes 11 of a limit of 10 in month 1, then keeps to 8.
        Runs.Run run = Runs.run("""
                scenario: govsim-fishery
                until: 6 months
                population:
                  - {kind: conditional-cooperator, count: 4, forgiveAfter: 2}
                  - {kind: scripted, requests: [11, 8]}
                """);
        // month 1 cooperates (10); months 2 and 3 mirror the largest other request (11); then the agreed 8
        assertThat(VariantsTest.requestsOf(run, "agent-0")).containsExactly(10, 11, 11, 8, 8, 8);
        List<UtteranceMade> warnings = run.events().ofType(UtteranceMade.class).stream()
                .filter(u -> u.act() == Remark.Act.WARN).toList();
        assertThat(warnings).hasSize(4).allSatisfy(w -> {
            assertThat(w.round()).isEqualTo(1);
            assertThat(w.to()).isEqualTo("agent-4");
            assertThat(w.amount()).isEqualTo(10);
        });
        assertThat(run.events().ofType(AgreementReached.class)).extracting(AgreementReached::round)
                .containsExactly(2, 3, 4, 5, 6);
    }

    @Test
    void theSustainableMemberProposesNextMonthsThresholdAndTheGroupAgrees() {
        Runs.Run run = Runs.run("""
                scenario: govsim-fishery
                until: 2 months
                population: [{kind: sustainable, count: 5}]
                """);
        assertThat(run.events().ofType(UtteranceMade.class)).extracting(UtteranceMade::source, UtteranceMade::to,
                UtteranceMade::amount).containsExactly(org.assertj.core.groups.Tuple.tuple("agent-0", "group", 10),
                        org.assertj.core.groups.Tuple.tuple("agent-1", "group", 10));
        assertThat(run.events().ofType(AgreementReached.class)).allSatisfy(a -> {
            assertThat(a.limit()).isEqualTo(10);
            assertThat(a.endorsers()).isEqualTo(5);
        });
    }

    @Test
    void aGreedyMajorityAgreesOnItsOwnLimitButNotUnderUnanimity() {
        String society = """
                scenario: govsim-fishery
                until: 1 months
                parameters: {agreement: %s}
                population: [{kind: greedy, count: 3, amount: 30}, {kind: sustainable, count: 2}]
                """;
        assertThat(Runs.run(society.formatted("majority")).events().ofType(AgreementReached.class)).singleElement()
                .satisfies(a -> assertThat(a.limit()).isEqualTo(30))
                .satisfies(a -> assertThat(a.endorsers()).isEqualTo(3));
        assertThat(Runs.run(society.formatted("unanimity")).events().ofType(AgreementReached.class)).isEmpty();
    }

    @Test
    void theBanditTriesEachLevelOnceThenExploitsTheBest() {
        Runs.Run run = Runs.run("""
                scenario: govsim-fishery
                until: 6 months
                parameters: {capacity: 100000, initialStock: 100000, communication: false}
                population:
                  - {kind: sustainable, count: 4}
                  - {kind: bandit, epsilon: 0, levels: [0.5, 1, 1.5, 2]}
                """);
        List<Integer> thresholds = run.events().ofType(PoolHarvested.class).stream().map(PoolHarvested::threshold).toList();
        List<Integer> bandit = VariantsTest.requestsOf(run, "agent-4");
        double[] levels = {0.5, 1, 1.5, 2, 2, 2};
        for (int month = 0; month < 6; month++) {
            assertThat(bandit.get(month)).as("month %d", month + 1)
                    .isEqualTo((int) Math.rint(levels[month] * thresholds.get(month)));
        }
    }

    @Test
    void theNoisyMemberAddsSeededNoiseAroundTheThreshold() {
        String noisy = """
                scenario: govsim-fishery
                seed: %d
                until: 12 months
                parameters: {communication: false, capacity: 10000, initialStock: 10000}
                population: [{kind: sustainable, count: 4}, {kind: noisy-sustainable, noise: %s}]
                """;
        assertThat(VariantsTest.requestsOf(Runs.run(noisy.formatted(1, "0")), "agent-4")).containsOnly(1000);
        List<Integer> first = VariantsTest.requestsOf(Runs.run(noisy.formatted(1, "50")), "agent-4");
        assertThat(first).hasSize(12).doesNotContainNull();
        assertThat(first.stream().distinct().count()).isGreaterThan(6);
        assertThat(VariantsTest.requestsOf(Runs.run(noisy.formatted(1, "50")), "agent-4")).isEqualTo(first);
        assertThat(VariantsTest.requestsOf(Runs.run(noisy.formatted(2, "50")), "agent-4")).isNotEqualTo(first);
    }

    @Test
    void scriptedRequestsAreWholeUnitsRoundedDownAndTheLastOneRepeats() {
        Runs.Run run = Runs.run("""
                scenario: govsim-fishery
                until: 4 months
                parameters: {communication: false}
                population: [{kind: scripted, requests: [10.9, 3.2]}]
                """);
        assertThat(VariantsTest.requestsOf(run, "agent-0")).containsExactly(10, 3, 3, 3);
    }

    @Test
    void requestsAreCappedAtThePool() {
        Runs.Run run = Runs.run("""
                scenario: govsim-fishery
                until: 1 months
                population: [{kind: greedy, amount: 500}]
                """);
        assertThat(VariantsTest.requestsOf(run, "agent-0")).containsExactly(100);
    }

    @Test
    void inAChoreTheGreedyTakeOutNothingAndTheSustainableTheirShare() {
        Runs.Run run = Runs.run("""
                scenario: govsim-trash
                until: 2 months
                population: [{kind: greedy}, {kind: sustainable, count: 4}]
                """);
        assertThat(VariantsTest.requestsOf(run, "agent-0")).containsOnly(0);
        // the inflow of 50 shared by 5: 10 each, however full the house
        assertThat(VariantsTest.requestsOf(run, "agent-1")).containsOnly(10);
        assertThat(run.number("survived")).isEqualTo(1);
    }
}
