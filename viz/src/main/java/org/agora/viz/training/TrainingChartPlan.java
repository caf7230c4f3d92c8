package org.agora.viz.training;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.agora.core.experiment.SweepChart;
import org.agora.vehicles.learning.CurvePoint;
import org.agora.vehicles.learning.TrainingSettings;

/**
 * The charts of a learning curve, against training episodes: the evaluation reward with its 95%
 * interval (1.96 standard errors), the share of evaluation episodes ending in a CAV collision, the
 * share of ramp CAVs merged, and the CAVs' mean speed. One series each, named after the training.
 */
public final class TrainingChartPlan {

    private TrainingChartPlan() {
    }

    /** The charts of {@code curve}, in the order above. */
    public static List<SweepChart> of(List<CurvePoint> curve, TrainingSettings settings) {
        String subtitle = settings.algorithm() + ", " + settings.evaluationSeeds().size() + " evaluation seeds, greedy actions";
        return List.of(
                chart("evaluationReward", "Evaluation reward", subtitle + ", mean and 95% interval", "return",
                        curve, CurvePoint::evaluationReward, CurvePoint::evaluationRewardStandardError, settings),
                chart("evaluationCollisionShare", "Episodes ending in a CAV collision", subtitle, "share", curve,
                        CurvePoint::evaluationCollisionShare, p -> 0, settings),
                chart("evaluationMergeSuccessShare", "Ramp CAVs merged", subtitle, "share", curve,
                        CurvePoint::evaluationMergeSuccessShare, p -> 0, settings),
                chart("evaluationMeanSpeed", "CAV mean speed", subtitle, "speed (m/s)", curve,
                        CurvePoint::evaluationMeanSpeed, p -> 0, settings));
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
