package org.agora.core.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.agora.core.event.Event;
import org.agora.core.scenario.Metric;
import org.agora.core.scenario.Model;
import org.agora.core.scenario.ParameterSet;
import org.agora.core.scenario.Population;
import org.agora.core.scenario.PopulationKind;
import org.agora.core.scenario.RunContext;
import org.agora.core.scenario.Scenario;
import org.agora.core.scenario.ScenarioSpec;
import org.agora.core.sink.MemorySink;
import org.agora.core.testing.WalkersScenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run ends with exactly the metrics its scenario declares, or fails saying which differ. */
class DeclaredMetricsTest {

    /** The walkers, declaring their metrics as given (they report steps and meanPosition). */
    private record Declaring(List<Metric> metrics) implements Scenario {
        private static final WalkersScenario WALKERS = new WalkersScenario();

        @Override
        public String id() {
            return "declaring-walkers";
        }

        @Override
        public String summary() {
            return WALKERS.summary();
        }

        @Override
        public ParameterSet parameters() {
            return WALKERS.parameters();
        }

        @Override
        public List<PopulationKind> populationKinds() {
            return WALKERS.populationKinds();
        }

        @Override
        public Population defaultPopulation() {
            return WALKERS.defaultPopulation();
        }

        @Override
        public double defaultUntil() {
            return WALKERS.defaultUntil();
        }

        @Override
        public List<Class<? extends Event>> events() {
            return WALKERS.events();
        }

        @Override
        public Model create(RunContext context) {
            return WALKERS.create(context);
        }
    }

    private static final Metric STEPS = new Metric("steps", "", "steps");
    private static final Metric MEAN = new Metric("meanPosition", "m", "mean position");

    @Test
    void aSummaryWithTheDeclaredMetricsPasses() {
        ScenarioSpec spec = ScenarioSpec.defaults(new Declaring(List.of(MEAN, STEPS)));
        assertThat(Simulation.of(spec, new MemorySink()).runToEnd()).containsOnlyKeys("steps", "meanPosition");
    }

    @Test
    void anUndeclaredOrAMissingMetricFailsTheRunNamingIt() {
        ScenarioSpec undeclared = ScenarioSpec.defaults(new Declaring(List.of(STEPS)));
        assertThatThrownBy(() -> Simulation.of(undeclared, new MemorySink()).runToEnd())
                .hasMessage("the summary of scenario declaring-walkers does not have exactly its declared metrics;"
                        + " not declared: meanPosition");
        ScenarioSpec missing = ScenarioSpec.defaults(new Declaring(List.of(STEPS, MEAN, new Metric("laps", "", "laps"))));
        assertThatThrownBy(() -> Simulation.of(missing, new MemorySink()).runToEnd())
                .hasMessageEndingWith("; declared but missing: laps");
    }

    @Test
    void aHeadlessRunWithAnUndeclaredMetricEndsFailedWithItsEvents(@TempDir Path dir) throws Exception {
        RunResult result = new HeadlessRun(ScenarioSpec.defaults(new Declaring(List.of(STEPS))), dir).execute();
        assertThat(result.status()).isEqualTo(RunStatus.FAILED);
        assertThat(result.reason()).contains("not declared: meanPosition");
        assertThat(Files.readAllLines(dir.resolve(HeadlessRun.EVENTS_FILE))).hasSizeGreaterThan(10);
    }
}
