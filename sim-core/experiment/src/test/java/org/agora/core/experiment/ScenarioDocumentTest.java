package org.agora.core.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Scale;
import org.agora.core.config.ConfigNode;
import org.agora.core.scenario.ScenarioCatalog;
import org.agora.core.scenario.ScenarioFile;
import org.agora.core.scenario.ScenarioSpec;
import org.junit.jupiter.api.Test;

class ScenarioDocumentTest {

    private static final ScenarioCatalog CATALOG = ScenarioCatalog.installed();

    private static ScenarioSpec roundTrip(ScenarioSpec spec) {
        return ScenarioDocument.read(ScenarioDocument.of(spec), "job", spec.name(), CATALOG);
    }

    @Test
    void aFullScenarioReadsBackAsTheSameRun() {
        ScenarioSpec spec = new ScenarioFile(CATALOG).parse(ConfigNode.parseYaml("""
                scenario: test-walkers
                seed: 12
                until: 12.5 s
                parameters: {interval: 250 ms, mood: restless}
                population:
                  - {kind: walker, count: 2, stepSize: 0.1}
                  - {kind: sitter}
                outputs: {include: [WalkerStepped], sample: {WalkerStepped: 3}}
                interventions:
                  - {round: 2, action: teleport, position: -3.25, walker: walker-1}
                  - {at: 7.125 s, action: teleport, position: 1e-7}
                """, "full.yaml"), "full");
        ScenarioSpec back = roundTrip(spec);
        assertThat(back.runId()).isEqualTo(spec.runId());
        assertThat(back.canonicalText()).isEqualTo(spec.canonicalText());
        assertThat(back.outputs().filter().include()).containsExactly("WalkerStepped");
        assertThat(back.outputs().filter().sampleEvery()).containsEntry("WalkerStepped", 3);
        assertThat(back.interventions()).extracting(i -> i.round()).containsExactly(2, 0);
    }

    @Property(tries = 300)
    void everyRealValueAndSeedReadsBackExactly(@ForAll @DoubleRange(min = 0.001, max = 1e6) @Scale(12) double tenths,
            @ForAll @DoubleRange(min = 0, max = 100) double steps, @ForAll @LongRange(min = 0) long seed) {
        // thirds and sevenths have every digit of a double
        double interval = tenths / 3;
        double stepSize = steps / 7;
        ScenarioSpec spec = Experiments.parse("scenario: test-walkers\n").base().withSeed(seed)
                .withParameters(Experiments.parse("scenario: test-walkers\n").base().parameters()
                        .with("interval", ConfigNode.text(Double.toString(interval), "p", "interval")));
        ScenarioSpec back = roundTrip(spec);
        assertThat(back.parameters().get("interval")).isEqualTo(interval);
        assertThat(back.seed()).isEqualTo(seed);
        assertThat(back.runId()).isEqualTo(spec.runId());
        ScenarioSpec crowd = new ScenarioFile(CATALOG).parse(ConfigNode.parseYaml(
                "scenario: test-walkers\nuntil: 3\npopulation: [{kind: walker, stepSize: " + stepSize + "}]\n", "s.yaml"), "s");
        assertThat(roundTrip(crowd).canonicalText()).isEqualTo(crowd.canonicalText());
    }

    @Test
    void theRunsOfAnExperimentTravelIntact() {
        Experiment experiment = Experiments.parse("""
                scenario: test-walkers
                sample: {count: 20, parameters: {interval: {min: 0.001, max: 3}, failAt: {min: 0, max: 1e5}}}
                """, Path.of(""));
        for (int run = 0; run < experiment.runCount(); run++) {
            ScenarioSpec spec = experiment.run(run).spec();
            assertThat(roundTrip(spec).runId()).isEqualTo(spec.runId());
        }
    }
}
