package org.agora.agents.commons.llm;

import java.nio.file.Path;
import java.util.List;
import org.agora.agents.commons.FisheryScenario;
import org.agora.agents.commons.PastureScenario;
import org.agora.agents.commons.PollutionScenario;
import org.agora.agents.commons.TrashScenario;
import org.agora.core.config.ConfigNode;
import org.agora.core.run.HeadlessRun;
import org.agora.core.run.RunResult;
import org.agora.core.scenario.ScenarioCatalog;
import org.agora.core.scenario.ScenarioFile;
import org.agora.core.scenario.ScenarioSpec;

/** Scenario files with language-model members, run headless against a test server. */
final class LanguageRuns {

    static final ScenarioCatalog CATALOG = ScenarioCatalog.of(
            List.of(new FisheryScenario(), new PastureScenario(), new PollutionScenario(), new TrashScenario()), List.of());

    private LanguageRuns() {
    }

    /** A fishery of {@code members} language-model members for {@code months}, with these extra llm keys. */
    static String fishery(int members, int months, String endpoint, Path cache, String llmKeys) {
        return "scenario: govsim-fishery\n"
                + "until: " + months + " months\n"
                + "population:\n"
                + "  - {kind: llm, count: " + members + ", model: test-model}\n"
                + "llm:\n"
                + "  endpoint: " + endpoint + "\n"
                + "  cache: " + cache + "\n"
                + llmKeys;
    }

    /**
     * A fishery of these population groups (YAML flow maps, one a line) for {@code months}, with
     * these parameters (a flow map, or empty), asking {@code endpoint} without a cache, with these extra llm keys.
     */
    static String society(int months, String parameters, List<String> groups, String endpoint, String llmKeys) {
        return "scenario: govsim-fishery\n"
                + "until: " + months + " months\n"
                + (parameters.isEmpty() ? "" : "parameters: " + parameters + "\n")
                + "population:\n"
                + groups.stream().map(group -> "  - " + group + "\n").reduce("", String::concat)
                + "llm:\n"
                + "  endpoint: " + endpoint + "\n"
                + "  cacheMode: off\n"
                + llmKeys;
    }

    static ScenarioSpec spec(String yaml) {
        return new ScenarioFile(CATALOG).parse(ConfigNode.parseYaml(yaml, "test.yaml"), "test");
    }

    static RunResult run(String yaml, Path directory) {
        return new HeadlessRun(spec(yaml), directory).execute();
    }
}
