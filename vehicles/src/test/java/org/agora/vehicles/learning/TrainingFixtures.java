package org.agora.vehicles.learning;

import java.nio.file.Path;
import org.agora.core.config.ConfigNode;

/** Small training files for tests. */
final class TrainingFixtures {

    private TrainingFixtures() {
    }

    /** A training of the easy density from YAML text with {@code extra} lines appended at the top level. */
    static TrainingSettings easy(String algorithm, int episodes, Path out, String extra) {
        return easy(algorithm, episodes, out, extra, false);
    }

    /** The same, with the safety module on or off in training and evaluation. */
    static TrainingSettings easy(String algorithm, int episodes, Path out, String extra, boolean safety) {
        String yaml = "algorithm: " + algorithm + "\n"
                + "scenario: {density: easy, safetyModule: " + safety + "}\n"
                + "episodes: " + episodes + "\n"
                + "seed: 7\n"
                + "out: " + out + "\n"
                + extra;
        return TrainingFile.parse(ConfigNode.parseYaml(yaml, "test.yaml"), "test");
    }
}
