package org.agora.core.run;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.agora.core.event.Event;
import org.agora.core.scenario.Metric;
import org.agora.core.scenario.Model;
import org.agora.core.scenario.ParameterSet;
import org.agora.core.scenario.RunContext;
import org.agora.core.scenario.Scenario;
import org.agora.core.scenario.ScenarioSpec;
import org.agora.core.sink.NullSink;
import org.junit.jupiter.api.Test;

class SimulationTest {

    /** Not an event type: its first component is not the header. */
    record Headless(double amount) implements Event {
        @Override
        public org.agora.core.event.EventHeader header() {
            return null;
        }
    }

    /** A scenario that declares {@link Headless} among its events and does nothing. */
    private static final class DeclaringHeadless implements Scenario {
        @Override
        public String id() {
            return "declaring-headless";
        }

        @Override
        public String summary() {
            return "declares a malformed event type";
        }

        @Override
        public ParameterSet parameters() {
            return ParameterSet.empty();
        }

        @Override
        public double defaultUntil() {
            return 10;
        }

        @Override
        public List<Class<? extends Event>> events() {
            return List.of(Headless.class);
        }

        @Override
        public List<Metric> metrics() {
            return List.of();
        }

        @Override
        public Model create(RunContext context) {
            return new Model() {
                @Override
                public void start() {
                    // nothing happens
                }

                @Override
                public Map<String, Object> summary() {
                    return Map.of();
                }
            };
        }
    }

    @Test
    void aScenarioDeclaringAMalformedEventTypeIsRefusedBeforeItRuns() {
        ScenarioSpec spec = ScenarioSpec.defaults(new DeclaringHeadless());
        assertThatThrownBy(() -> Simulation.of(spec, new NullSink()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Headless must start with the component 'EventHeader header'");
    }
}
