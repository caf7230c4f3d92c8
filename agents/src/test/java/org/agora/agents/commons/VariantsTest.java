package org.agora.agents.commons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.agora.agents.commons.events.AgreementReached;
import org.agora.agents.commons.events.HarvestAllocated;
import org.agora.agents.commons.events.HarvestReported;
import org.agora.agents.commons.events.MemberJoined;
import org.agora.agents.commons.events.PoolHarvested;
import org.agora.agents.commons.events.UtteranceMade;
import org.agora.agents.commons.policies.PolicyKind;
import org.agora.core.config.SimTime;
import org.agora.core.event.InterventionApplied;
import org.junit.jupiter.api.Test;

/** Each variant observably does what it says. */
class VariantsTest {

    private static final String NEWCOMER = """
            scenario: govsim-fishery
            until: 15 months
            parameters: {rounds: 15%s}
            population: [{kind: sustainable, count: 4}]
            interventions:
              - {round: 3, action: add-agent, kind: greedy, amount: 20}
            """;

    @Test
    void theGreedyNewcomerJoinsAtMonthThreeAndFirstAsksThen() {
        Runs.Run run = Runs.run(NEWCOMER.formatted(""));
        assertThat(run.events().ofType(InterventionApplied.class)).singleElement()
                .satisfies(i -> assertThat(i.round()).isEqualTo(3))
                .satisfies(i -> assertThat(i.time()).isEqualTo(2 * SimTime.MONTH));
        assertThat(run.events().ofType(MemberJoined.class)).filteredOn(j -> j.source().equals("agent-4")).singleElement()
                .satisfies(j -> assertThat(j.kind()).isEqualTo(PolicyKind.GREEDY))
                .satisfies(j -> assertThat(j.round()).isEqualTo(3));
        List<HarvestAllocated> newcomer = run.events().ofType(HarvestAllocated.class).stream()
                .filter(h -> h.source().equals("agent-4")).toList();
        assertThat(newcomer).first().satisfies(h -> assertThat(h.round()).isEqualTo(3))
                .satisfies(h -> assertThat(h.requested()).isEqualTo(20));
        assertThat(run.number("members")).isEqualTo(5);
        assertThat(run.number("roundLimit")).isEqualTo(15);
    }

    @Test
    void theThresholdCountsTheNewcomerUnlessTheOriginalsQuirkIsAskedFor() {
        List<Integer> counted = thresholds(Runs.run(NEWCOMER.formatted("")));
        List<Integer> quirk = thresholds(Runs.run(NEWCOMER.formatted(", thresholdCountsNewcomers: false")));
        // month 3 starts full: ⌊50/5⌋ = 10 with the newcomer counted, ⌊50/4⌋ = 12 as in the original
        assertThat(counted.subList(0, 3)).containsExactly(12, 12, 10);
        assertThat(quirk.subList(0, 3)).containsExactly(12, 12, 12);
    }

    private static List<Integer> thresholds(Runs.Run run) {
        return run.events().ofType(PoolHarvested.class).stream().map(PoolHarvested::threshold).toList();
    }

    @Test
    void withoutCommunicationThereIsNoReportNoUtteranceAndNoAgreement() {
        String society = """
                scenario: govsim-fishery
                until: 12 months
                parameters: {communication: %s}
                population: [{kind: conditional-cooperator, count: 4}, {kind: noisy-sustainable}]
                """;
        Runs.Run talking = Runs.run(society.formatted("true"));
        assertThat(talking.events().ofType(UtteranceMade.class)).isNotEmpty();
        assertThat(talking.events().ofType(HarvestReported.class)).isNotEmpty();
        assertThat(talking.events().ofType(AgreementReached.class)).isNotEmpty();

        Runs.Run silent = Runs.run(society.formatted("false"));
        assertThat(silent.events().ofType(UtteranceMade.class)).isEmpty();
        assertThat(silent.events().ofType(HarvestReported.class)).isEmpty();
        assertThat(silent.events().ofType(AgreementReached.class)).isEmpty();
        assertThat(silent.number("utterances")).isZero();
        assertThat(silent.events().ofType(HarvestAllocated.class)).isNotEmpty();
    }

    @Test
    void theNormChangesWhatTheAwareMemberAsksFor() {
        String aware = """
                scenario: govsim-fishery
                until: 1 months
                parameters: {universalization: %s}
                population: [{kind: universalization-aware, count: 5}]
                """;
        assertThat(requestsOf(Runs.run(aware.formatted("false")), "agent-0")).containsExactly(100);
        assertThat(requestsOf(Runs.run(aware.formatted("true")), "agent-0")).containsExactly(10);
    }

    @Test
    void theNormCanTurnOnMidYear() {
        Runs.Run run = Runs.run("""
                scenario: govsim-fishery
                until: 12 months
                population: [{kind: sustainable, count: 4}, {kind: universalization-aware, amount: 14}]
                interventions:
                  - {round: 6, action: set-universalization, on: true}
                """);
        List<Integer> aware = requestsOf(run, "agent-4");
        assertThat(aware.subList(0, 5)).containsOnly(14);
        List<Integer> thresholds = thresholds(run);
        for (int month = 6; month <= 12; month++) {
            assertThat(aware.get(month - 1)).as("month %d", month).isEqualTo(thresholds.get(month - 1));
        }
        assertThat(run.number("survived")).isEqualTo(1);
        Runs.Run without = Runs.run("""
                scenario: govsim-fishery
                until: 12 months
                population: [{kind: sustainable, count: 4}, {kind: universalization-aware, amount: 14}]
                """);
        assertThat(without.number("survived")).isZero();
    }

    @Test
    void aHeterogeneousSocietyHasEveryKindInOneRun() {
        Runs.Run run = Runs.run("""
                scenario: govsim-pasture
                until: 12 months
                population:
                  - {kind: greedy, amount: 12}
                  - {kind: sustainable}
                  - {kind: scripted, requests: [8]}
                  - {kind: conditional-cooperator}
                  - {kind: noisy-sustainable}
                  - {kind: universalization-aware, amount: 11}
                  - {kind: bandit}
                """);
        @SuppressWarnings("unchecked")
        Map<String, Double> perKind = (Map<String, Double>) run.summary().get("gainPerKind");
        assertThat(perKind).containsOnlyKeys("greedy", "sustainable", "scripted", "conditional-cooperator",
                "noisy-sustainable", "universalization-aware", "bandit");
        assertThat(run.events().ofType(MemberJoined.class)).extracting(MemberJoined::kind).doesNotHaveDuplicates();
    }

    @Test
    void discussionsStayWithinTheirBoundWhateverTheNumberOfSpeakers() {
        Runs.Run run = Runs.run("""
                scenario: govsim-fishery
                until: 3 months
                parameters: {maxUtterances: 4, capacity: 1000, initialStock: 1000}
                population: [{kind: greedy, count: 10, amount: 30}, {kind: sustainable, count: 10}]
                """);
        for (int month = 1; month <= 3; month++) {
            int m = month;
            assertThat(run.events().ofType(UtteranceMade.class)).filteredOn(u -> u.round() == m).hasSizeBetween(1, 4);
        }
    }

    @Test
    void aNewcomerGivenByTimeInMidMonthFirstPlaysTheNextMonth() {
        Runs.Run run = Runs.run("""
                scenario: govsim-fishery
                until: 4 months
                population: [{kind: sustainable, count: 4}]
                interventions:
                  - {at: 45 d, action: add-agent, kind: sustainable, count: 2}
                """);
        assertThat(run.events().ofType(MemberJoined.class)).filteredOn(j -> j.round() > 1).hasSize(2)
                .allSatisfy(j -> assertThat(j.round()).isEqualTo(3));
        assertThat(requestsOf(run, "agent-5")).hasSize(2);
        assertThat(Society.nextMonthAt(0)).isEqualTo(1);
        assertThat(Society.nextMonthAt(2 * SimTime.MONTH)).isEqualTo(3);
    }

    @Test
    void anAmountForANewcomerWhoseKindHasNoneIsRefused() {
        assertThatThrownBy(() -> Runs.run("""
                scenario: govsim-fishery
                until: 4 months
                population: [{kind: sustainable, count: 4}]
                interventions:
                  - {round: 2, action: add-agent, kind: sustainable, amount: 5}
                """)).hasMessageContaining("add-agent: kind sustainable takes no amount");
    }

    static List<Integer> requestsOf(Runs.Run run, String agent) {
        return run.events().ofType(HarvestAllocated.class).stream().filter(h -> h.source().equals(agent))
                .map(HarvestAllocated::requested).toList();
    }
}
