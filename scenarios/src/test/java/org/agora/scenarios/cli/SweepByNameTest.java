package org.agora.scenarios.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** agora sweep takes the name of a shipped experiment as well as a file. */
class SweepByNameTest {

    @TempDir
    Path dir;

    @Test
    void aShippedExperimentRunsByName() {
        CliRunner result = CliRunner.run("sweep", "govsim-settings", "--dry-run", "--out", dir.resolve("x").toString());
        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.out()).startsWith("govsim-settings: govsim-fishery, govsim-pasture, govsim-pollution, 3 points × 20 replications = 60 runs");
    }

    @Test
    void anUnknownNameIsOneLineWithASuggestionAndStatusTwo() {
        CliRunner result = CliRunner.run("sweep", "govsim-setings", "--dry-run");
        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err().strip()).doesNotContain("\n").contains("unknown experiment 'govsim-setings'")
                .contains("did you mean 'govsim-settings'").contains("merge-settings");
    }

    @Test
    void aPathIsReadAsAFileEvenIfItDoesNotExist() {
        CliRunner result = CliRunner.run("sweep", dir.resolve("missing.yaml").toString(), "--dry-run");
        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err()).contains("missing.yaml").doesNotContain("unknown experiment");
    }
}
