package org.agora.vehicles.learning;

import java.nio.file.Path;
import org.agora.core.config.ConfigNode;

/** Small training files for tests. */
final class TrainingFixtures {

    private TrainingFixtures() {
    }

    /** A training of the easy density from YAML text with {@code extra} lines appended at the top level. */
    static TrainingSettings easy(String algorithm, int episodes, Path out, String extra) {
        String yaml = "algorithm: " + algorithm + "\n"
                + "scenario: {density: easy, safetyModule: false}\n"
                + "episodes: " + episodes + "\n"
                + "seed: 7\n"
                + "out: " + out + "\n"
                + extra;
        return TrainingFile.parse(ConfigNode.parseYaml(yaml, "test.yaml"), "test");
    }
}
