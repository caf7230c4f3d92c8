package org.agora.viz.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.agora.core.config.ConfigNode;
import org.agora.core.experiment.DiskFullException;
import org.agora.core.experiment.Experiment;
import org.agora.core.experiment.ExperimentFile;
import org.agora.core.experiment.LocalSweep;
import org.agora.core.experiment.SweepOutcome;
import org.agora.core.experiment.SweepProgress;
import org.agora.core.run.SmallDisk;
import org.agora.core.scenario.ScenarioCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sweep whose disk fills while it draws its charts: not complete, the cause named, and the
 * next start, once there is room, draws them.
 */
class SweepChartsFullDiskTest {

    @TempDir
    Path dir;

    @Test
    void aDiskThatFillsWhileTheChartsAreDrawnStopsTheSweepAndItsNextStartDrawsThem() throws Exception {
        try (SmallDisk disk = SmallDisk.mount(dir, "1m")) {
            ScenarioCatalog catalog = ScenarioCatalog.of(List.of(new DiceScenario()), List.of());
            Experiment experiment = new ExperimentFile(catalog).parse(ConfigNode.parseYaml("""
                    scenario: test-dice
                    grid: {sides: [4, 6, 8, 12], loaded: [false, true]}
                    replications: 2
                    metrics: [meanRoll, rolls]
                    """, "dice.yaml"), dir, "dice").withOutput(disk.path().resolve("sweep"));
            // room for the tables, not for the charts (two pairs of PNG and SVG, tens of kB each)
            disk.leaveFree(48 * 1024);

            assertThatThrownBy(() -> new LocalSweep(experiment, 1).run(SweepProgress.NONE))
                    .isInstanceOf(DiskFullException.class)
                    .hasMessage("charts not drawn: no space left on device: " + experiment.output().resolve("charts") + "; 16 of 16 runs recorded in "
                            + experiment.output() + "; make room and run the same command again to continue");
            assertThat(experiment.output().resolve("sweep.json")).content().contains("\"status\" : \"interrupted\"");

            disk.makeRoom();
            SweepOutcome again = new LocalSweep(experiment, 1).run(SweepProgress.NONE);
            assertThat(again.complete()).isTrue();
            assertThat(again.charts().files()).isNotEmpty().allSatisfy(file -> assertThat(file).isNotEmptyFile());
            assertThat(experiment.output().resolve("sweep.json")).content().contains("\"status\" : \"complete\"");
            try (var files = Files.list(experiment.output().resolve("charts"))) {
                assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".tmp"));
            }
        }
    }
}
