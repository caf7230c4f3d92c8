package org.agora.scenarios.cli;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceLoader;
import org.agora.core.experiment.ChartFiles;
import org.agora.core.experiment.SweepCharts;
import org.agora.vehicles.learning.CurvePoint;
import org.agora.vehicles.learning.TrainingSettings;

/**
 * The learning curve's charts, planned and drawn by the installed {@link TrainingChartRenderer}
 * (the viz module's), as the sweeps' are; without it the training draws none and says so.
 */
final class TrainingCharts {

    private TrainingCharts() {
    }

    /** The charts' files, or why there are none; a renderer's failure is reported, not thrown. */
    static ChartFiles draw(List<CurvePoint> curve, TrainingSettings settings, Path directory) {
        Iterator<TrainingChartRenderer> renderers = ServiceLoader.load(TrainingChartRenderer.class).iterator();
        if (!renderers.hasNext()) {
            return ChartFiles.none("no charts: the viz module is not installed");
        }
        if (curve.isEmpty()) {
            return ChartFiles.none("no charts: no evaluation yet");
        }
        try {
            return renderers.next().renderTraining(curve, settings, directory);
        } catch (java.io.IOException | RuntimeException | LinkageError e) {
            return SweepCharts.notDrawn(e);
        }
    }
}
