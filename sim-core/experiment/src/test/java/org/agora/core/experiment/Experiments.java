package org.agora.core.experiment;

import java.nio.file.Path;
import org.agora.core.config.ConfigNode;
import org.agora.core.scenario.ScenarioCatalog;

/** Experiments from YAML text, over the installed catalog (which has the test scenario test-walkers). */
final class Experiments {

    private Experiments() {
    }

    static Experiment parse(String yaml) {
        return parse(yaml, Path.of(""));
    }

    static Experiment parse(String yaml, Path directory) {
        return new ExperimentFile(ScenarioCatalog.installed()).parse(ConfigNode.parseYaml(yaml, "exp.yaml"), directory, "exp");
    }
}
