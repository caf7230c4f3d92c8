package org.agora.agents.commons;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.agora.agents.commons.events.AgreementReached;
import org.agora.agents.commons.events.CommonsCollapsed;
import org.agora.agents.commons.events.PoolHarvested;
import org.agora.agents.commons.events.UtteranceMade;
import org.agora.core.event.Event;
import org.agora.core.event.InterventionApplied;
import org.agora.core.scenario.EventSummary;
import org.agora.core.sink.EventJsonCodec;
import org.agora.core.testing.GoldenEvents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Same scenario and seed, same bytes; and the summary recomputed from the events alone equals the
 * model's. The golden file pins a short run that exercises every event type; after an intended
 * change of behaviour (the failure names the first differing event and field), regenerate it with
 * {@code mvn -pl agents -am verify -DskipITs -Dtest=DeterminismTest -Dsurefire.failIfNoSpecifiedTests=false -Dagora.golden.update=true}
 * and review the diff.
 */
class DeterminismTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden/govsim-fishery-short.jsonl");

    /** Noise, a learner, an over-demanded split, warnings, agreements, a newcomer, the norm, a collapse. */
    private static final String SHORT_RUN = """
            scenario: govsim-fishery
            seed: 42
            until: 5 months
            population:
              - {kind: conditional-cooperator, count: 3}
              - {kind: noisy-sustainable, noise: 2}
              - {kind: bandit, epsilon: 0.5}
            interventions:
              - {round: 2, action: add-agent, kind: greedy, amount: 25}
              - {round: 3, action: set-universalization, on: true}
            """;

    private static String jsonLines(List<Event> events) {
        StringBuilder text = new StringBuilder();
        for (Event event : events) {
            text.append(EventJsonCodec.toJson(event)).append('\n');
        }
        return text.toString();
    }

    @Test
    void aShortRunWritesTheGoldenEventsByteForByte() throws IOException {
        GoldenEvents.assertMatchesGolden(GOLDEN, jsonLines(Runs.run(SHORT_RUN).events().events()));
    }

    @Test
    void theGoldenRunExercisesWhatItClaims() {
        Runs.Run run = Runs.run(SHORT_RUN);
        assertThat(run.events().ofType(PoolHarvested.class)).anyMatch(PoolHarvested::overDemanded);
        assertThat(run.events().ofType(UtteranceMade.class)).extracting(UtteranceMade::act)
                .contains(Remark.Act.PROPOSE, Remark.Act.WARN);
        assertThat(run.events().ofType(AgreementReached.class)).isNotEmpty();
        assertThat(run.events().ofType(InterventionApplied.class)).hasSize(2);
        assertThat(run.events().ofType(CommonsCollapsed.class)).hasSize(1);
    }

    @Test
    void theSameSeedGivesTheSameBytesAndAnotherSeedDoesNot() {
        String first = jsonLines(Runs.run(SHORT_RUN).events().events());
        assertThat(jsonLines(Runs.run(SHORT_RUN).events().events())).isEqualTo(first);
        assertThat(jsonLines(Runs.run(SHORT_RUN.replace("seed: 42", "seed: 43")).events().events())).isNotEqualTo(first);
    }

    @ParameterizedTest
    @ValueSource(strings = {"govsim-fishery", "govsim-trash", "govsim-pollution"})
    void theSummaryFromTheEventsAloneIsTheModelsSummary(String scenario) {
        for (String population : List.of("[{kind: conditional-cooperator, count: 4}, {kind: noisy-sustainable}]",
                "[{kind: greedy, count: 5}]", "[{kind: bandit, count: 2}, {kind: universalization-aware, amount: 9}]")) {
            for (long seed = 1; seed <= 5; seed++) {
                Runs.Run run = Runs.run("""
                        scenario: %s
                        seed: %d
                        until: 12 months
                        population: %s
                        interventions: [{round: 4, action: add-agent, kind: sustainable, count: 2}]
                        """.formatted(scenario, seed, population));
                EventSummary fromEvents = Runs.CATALOG.scenario(scenario).orElseThrow().summaryFromEvents().orElseThrow();
                run.events().events().forEach(fromEvents::accept);
                assertThat(fromEvents.summary()).as("%s, seed %d, %s", scenario, seed, population).isEqualTo(run.summary());
            }
        }
    }
}
