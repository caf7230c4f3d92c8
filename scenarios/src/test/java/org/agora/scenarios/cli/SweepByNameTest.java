package org.agora.scenarios.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * agora sweep takes the name of a shipped experiment as well as a file; agora describe lists the
 * timed actions of each family (docs/scenarios.md).
 */
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

    @Test
    void describeListsTheActionsOfEachFamily() {
        java.util.Map<String, java.util.List<String>> actions = java.util.Map.of(
                "govsim-fishery", java.util.List.of("add-agent", "set-universalization"),
                "v2x-merge", java.util.List.of("set-cav-share", "set-intent-sharing", "set-safety-module"),
                "smallcell-market", java.util.List.of("block-link", "block-area", "set-blockage-rate"));
        actions.forEach((scenario, names) -> {
            CliRunner result = CliRunner.run("describe", scenario);
            assertThat(result.status()).as(result.err()).isZero();
            String section = result.out().substring(result.out().indexOf("Actions (under 'interventions:'"));
            for (String name : names) {
                assertThat(section).as(scenario).contains("\n  " + name + ": ");
            }
        });
    }
}
