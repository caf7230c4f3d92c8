package org.agora.scenarios.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceLoader;
import java.util.function.ToDoubleFunction;
import org.agora.core.experiment.ChartFiles;
import org.agora.core.experiment.SweepChart;
import org.agora.core.experiment.SweepChartRenderer;
import org.agora.vehicles.learning.CurvePoint;
import org.agora.vehicles.learning.TrainingSettings;

/**
 * The learning curve's charts (evaluation reward with its 95% interval, collisions, merge success,
 * speed against training episodes), drawn by the installed chart renderer as the sweeps' are: the
 * viz module provides it; without it the training draws none and says so.
 */
final class TrainingCharts {

    private TrainingCharts() {
    }

    static ChartFiles draw(List<CurvePoint> curve, TrainingSettings settings, Path directory) {
        Iterator<SweepChartRenderer> renderers = ServiceLoader.load(SweepChartRenderer.class).iterator();
        if (!renderers.hasNext()) {
            return new ChartFiles(List.of(), "no charts: the viz module is not installed");
        }
        if (curve.isEmpty()) {
            return new ChartFiles(List.of(), "no charts: no evaluation yet");
        }
        String subtitle = settings.algorithm() + ", " + settings.evaluationSeeds().size() + " evaluation seeds, greedy actions";
        List<SweepChart> charts = List.of(
                chart("evaluationReward", "Evaluation reward", subtitle + ", mean and 95% interval", "return",
                        curve, CurvePoint::evaluationReward, CurvePoint::evaluationRewardStandardError, settings),
                chart("evaluationCollisionShare", "Episodes ending in a CAV collision", subtitle, "share", curve,
                        CurvePoint::evaluationCollisionShare, p -> 0, settings),
                chart("evaluationMergeSuccessShare", "Ramp CAVs merged", subtitle, "share", curve,
                        CurvePoint::evaluationMergeSuccessShare, p -> 0, settings),
                chart("evaluationMeanSpeed", "CAV mean speed", subtitle, "speed (m/s)", curve,
                        CurvePoint::evaluationMeanSpeed, p -> 0, settings));
        try {
            Files.createDirectories(directory);
            return new ChartFiles(renderers.next().render(charts, directory), null);
        } catch (java.io.IOException | RuntimeException | LinkageError e) {
            return new ChartFiles(List.of(), "charts not drawn: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse("")));
        }
    }

    private static SweepChart chart(String stem, String title, String subtitle, String yLabel, List<CurvePoint> curve,
            ToDoubleFunction<CurvePoint> value, ToDoubleFunction<CurvePoint> standardError, TrainingSettings settings) {
        List<SweepChart.Point> points = new ArrayList<>();
        for (CurvePoint point : curve) {
            double mean = value.applyAsDouble(point);
            double half = 1.96 * standardError.applyAsDouble(point);
            points.add(new SweepChart.Point(point.episode(), mean, mean - half, mean + half, settings.evaluationSeeds().size()));
        }
        return new SweepChart(stem + "-vs-episode", title, subtitle, "training episodes", yLabel, List.of(), true,
                List.of(new SweepChart.Series(settings.name(), points)));
    }
}
