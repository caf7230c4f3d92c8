package org.agora.viz.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import org.agora.core.experiment.ChartFiles;
import org.agora.core.experiment.SweepChart;
import org.agora.scenarios.cli.TrainingChartRenderer;
import org.agora.vehicles.learning.CurvePoint;
import org.agora.vehicles.learning.TrainingFile;
import org.agora.vehicles.learning.TrainingSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A training's charts, planned and drawn in viz from the curve the command line hands over. */
class TrainingChartFilesTest {

    @TempDir
    Path dir;

    private final TrainingSettings settings = TrainingFile.read(Path.of("../examples/training/mappo-easy.yaml"));

    private final List<CurvePoint> curve = List.of(
            new CurvePoint(10, -1.0, 0.5, 2.0, 0.5, 0.25, 0.5, 20.0),
            new CurvePoint(20, 1.0, 0.25, 4.0, 1.0, 0.0, 1.0, 24.0));

    @Test
    void theRewardChartCarriesItsNinetyFivePercentIntervalAndTheOthersTheirMeans() {
        List<SweepChart> charts = TrainingChartPlan.of(curve, settings);

        assertThat(charts).extracting(SweepChart::fileStem).containsExactly("evaluationReward-vs-episode",
                "evaluationCollisionShare-vs-episode", "evaluationMergeSuccessShare-vs-episode",
                "evaluationMeanSpeed-vs-episode");
        SweepChart reward = charts.get(0);
        assertThat(reward.series()).singleElement().satisfies(series -> {
            assertThat(series.label()).isEqualTo("mappo-easy");
            assertThat(series.points()).containsExactly(
                    new SweepChart.Point(10, 2.0, 2.0 - 0.98, 2.0 + 0.98, 20),
                    new SweepChart.Point(20, 4.0, 4.0 - 1.96, 4.0 + 1.96, 20));
        });
        assertThat(charts.get(3).series().get(0).points()).extracting(SweepChart.Point::mean, SweepChart.Point::low)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(20.0, 20.0), org.assertj.core.groups.Tuple.tuple(24.0, 24.0));
    }

    @Test
    void theInstalledRendererDrawsEachChartAsPngAndSvg() throws IOException {
        TrainingChartRenderer renderer = ServiceLoader.load(TrainingChartRenderer.class).findFirst().orElseThrow();
        ChartFiles files = renderer.renderTraining(curve, settings, dir.resolve("charts"));

        assertThat(files.note()).isNull();
        assertThat(files.files()).hasSize(8).allSatisfy(file -> assertThat(Files.size(file)).isPositive());
        assertThat(dir.resolve("charts/evaluationReward-vs-episode.svg")).content().contains("Evaluation reward");
    }
}
