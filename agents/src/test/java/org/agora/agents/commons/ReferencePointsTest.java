package org.agora.agents.commons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.agora.agents.commons.events.CommonsCollapsed;
import org.agora.agents.commons.events.HarvestAllocated;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The reference's two reference points, in each of GovSim's three settings. */
class ReferencePointsTest {

    @ParameterizedTest
    @ValueSource(strings = {"govsim-fishery", "govsim-pasture", "govsim-pollution"})
    void everyoneTakingTheThresholdSurvivesTheYearWithTheMaximumSustainableGain(String scenario) {
        Runs.Run run = Runs.run("""
                scenario: %s
                until: 12 months
                population: [{kind: sustainable, count: 5}]
                """.formatted(scenario));

        assertThat(run.number("survivalTime")).isEqualTo(12);
        assertThat(run.number("survived")).isEqualTo(1);
        assertThat(run.number("collapsed")).isEqualTo(0);
        assertThat(run.number("gainMean")).isEqualTo(120);
        assertThat(run.number("efficiency")).isEqualTo(1.0);
        assertThat(run.number("equality")).isEqualTo(1.0);
        assertThat(run.number("overUsage")).isEqualTo(0.0);
        assertThat(run.events().ofType(HarvestAllocated.class)).hasSize(60)
                .allSatisfy(h -> assertThat(h.taken()).isEqualTo(10));
        @SuppressWarnings("unchecked")
        Map<String, Long> perAgent = (Map<String, Long>) run.summary().get("gainPerAgent");
        assertThat(perAgent).containsOnlyKeys("agent-0", "agent-1", "agent-2", "agent-3", "agent-4")
                .allSatisfy((id, gain) -> assertThat(gain).isEqualTo(120));
    }

    @ParameterizedTest
    @ValueSource(strings = {"govsim-fishery", "govsim-pasture", "govsim-pollution"})
    void everyoneGrabbingTheWholePoolCollapsesInTheFirstMonth(String scenario) {
        Runs.Run run = Runs.run("""
                scenario: %s
                until: 12 months
                population: [{kind: greedy, count: 5}]
                """.formatted(scenario));

        assertThat(run.number("survivalTime")).isEqualTo(1);
        assertThat(run.number("survived")).isEqualTo(0);
        assertThat(run.number("collapsed")).isEqualTo(1);
        assertThat(run.number("gainMean")).isEqualTo(20);
        assertThat(run.number("efficiency")).isCloseTo(1.0 / 6, within(1e-12));
        assertThat(run.number("overUsage")).isEqualTo(1.0);
        assertThat(run.events().ofType(CommonsCollapsed.class)).singleElement()
                .satisfies(c -> assertThat(c.round()).isEqualTo(1));
    }
}
