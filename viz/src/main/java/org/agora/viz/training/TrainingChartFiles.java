package org.agora.viz.training;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.agora.core.experiment.ChartFiles;
import org.agora.scenarios.cli.TrainingChartRenderer;
import org.agora.vehicles.learning.CurvePoint;
import org.agora.vehicles.learning.TrainingSettings;
import org.agora.viz.sweep.SweepChartFiles;

/**
 * Draws a training's learning curve ({@link TrainingChartPlan}) as the sweeps' charts are drawn:
 * PNG and SVG, off screen, with the sweeps' look.
 */
public final class TrainingChartFiles implements TrainingChartRenderer {

    @Override
    public ChartFiles renderTraining(List<CurvePoint> curve, TrainingSettings settings, Path directory)
            throws IOException {
        Files.createDirectories(directory);
        return new ChartFiles(new SweepChartFiles().render(TrainingChartPlan.of(curve, settings), directory), null);
    }
}
