package org.agora.scenarios.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.agora.core.experiment.ChartFiles;
import org.agora.vehicles.learning.CurvePoint;
import org.agora.vehicles.learning.TrainingSettings;

/**
 * Charts a training's learning curve into files. Found through {@link java.util.ServiceLoader}
 * ({@code META-INF/services/org.agora.scenarios.cli.TrainingChartRenderer}); the viz module
 * provides one, as it does for sweeps, so that which charts a training has and how they look are
 * decided there and a headless installation without viz simply draws none. The command line hands
 * over aggregates only: the curve's rows and the training's settings.
 *
 * <p>Threading: called once per training, from the thread that ends it.
 */
public interface TrainingChartRenderer {

    /**
     * Plans the charts of a learning curve and draws them into {@code directory} (created if there
     * is something to draw).
     *
     * @param curve the curve's rows, one per evaluation, in episode order (not empty)
     * @return the files written, or why there are none
     */
    ChartFiles renderTraining(List<CurvePoint> curve, TrainingSettings settings, Path directory) throws IOException;
}
