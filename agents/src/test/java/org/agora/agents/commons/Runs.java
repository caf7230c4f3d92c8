package org.agora.agents.commons;

import java.util.List;
import java.util.Map;
import org.agora.core.config.ConfigNode;
import org.agora.core.run.Simulation;
import org.agora.core.scenario.ScenarioCatalog;
import org.agora.core.scenario.ScenarioFile;
import org.agora.core.scenario.ScenarioSpec;
import org.agora.core.sink.MemorySink;

/** Runs commons scenarios in memory for tests, from scenario-file text. */
final class Runs {

    static final ScenarioCatalog CATALOG = ScenarioCatalog.of(
            List.of(new FisheryScenario(), new PastureScenario(), new PollutionScenario(), new TrashScenario()), List.of());

    private Runs() {
    }

    /** The spec a scenario file with this text gives. */
    static ScenarioSpec spec(String yaml) {
        return new ScenarioFile(CATALOG).parse(ConfigNode.parseYaml(yaml, "test.yaml"), "test");
    }

    /** One finished run: its summary and its events. */
    record Run(Map<String, Object> summary, MemorySink events) {

        double number(String metric) {
            return ((Number) summary.get(metric)).doubleValue();
        }
    }

    static Run run(String yaml) {
        return run(spec(yaml));
    }

    static Run run(ScenarioSpec spec) {
        MemorySink sink = new MemorySink();
        Map<String, Object> summary = Simulation.of(spec, sink).runToEnd();
        return new Run(summary, sink);
    }
}
