package org.agora.viz.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.agora.core.config.ConfigNode;
import org.agora.core.experiment.Experiment;
import org.agora.core.experiment.ExperimentFile;
import org.agora.core.experiment.LocalSweep;
import org.agora.core.experiment.RunRecord;
import org.agora.core.experiment.SweepChart;
import org.agora.core.experiment.SweepDirectory;
import org.agora.core.experiment.SweepProgress;
import org.agora.core.scenario.ScenarioCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sweep over GovSim's settings charts each metric in the units of every setting, not the first one's. */
class SweepChartUnitsTest {

    @TempDir
    Path dir;

    @Test
    void aChartOfThePastureAndThePollutionBesideTheFisheryIsNotInTons() throws Exception {
        Experiment experiment = new ExperimentFile(ScenarioCatalog.installed()).parse(ConfigNode.parseYaml("""
                scenario: [govsim-fishery, govsim-pasture, govsim-pollution]
                replications: 2
                metrics: [gainMean, survivalTime]
                """, "settings.yaml"), dir, "settings").withOutput(dir.resolve("settings"));
        new LocalSweep(experiment, 1).run(SweepProgress.NONE);
        List<RunRecord> records = Files.readAllLines(experiment.output().resolve(SweepDirectory.RESULTS_JSONL)).stream()
                .map(RunRecord::fromJson).toList();
        List<SweepChart> charts = SweepChartPlan.of(experiment, records);
        assertThat(charts).extracting(SweepChart::yLabel).containsExactly("gainMean [t | ha | %]", "survivalTime [months]");
    }
}
