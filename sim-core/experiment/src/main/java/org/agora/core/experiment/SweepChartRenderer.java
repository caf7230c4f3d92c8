package org.agora.core.experiment;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Charts a sweep into files. Found through {@link java.util.ServiceLoader}
 * ({@code META-INF/services/org.agora.core.experiment.SweepChartRenderer}); the viz module
 * provides one, so that headless installations without it simply draw no charts. The experiment
 * module hands over aggregates only (the experiment and its run records, or charts already
 * reduced to means and intervals); which charts a sweep has, and how they look, is the
 * renderer's business.
 *
 * <p>Threading: called once per sweep, from the thread that completes it.
 */
public interface SweepChartRenderer {

    /**
     * Plans the charts of a completed sweep from its records and draws them into {@code directory}
     * (created if there is something to draw), until {@code stopping} says the user stopped it.
     *
     * @param records the sweep's run records (those not done are left out)
     * @return the files written, or why there are none
     */
    ChartFiles renderSweep(Experiment experiment, List<RunRecord> records, Path directory, BooleanSupplier stopping)
            throws IOException;

    /**
     * Draws every chart into {@code directory} (created by the caller), as PNG and SVG.
     *
     * @return the files written
     */
    default List<Path> render(List<SweepChart> charts, Path directory) throws IOException {
        return render(charts, directory, () -> false);
    }

    /**
     * Draws the charts into {@code directory} (created by the caller), as PNG and SVG, one after
     * the other until {@code stopping} says the user stopped the sweep. A chart is a file under its
     * final name only once it is whole.
     *
     * @param stopping asked before each chart; true makes the renderer return what it has drawn
     * @return the files written
     */
    List<Path> render(List<SweepChart> charts, Path directory, BooleanSupplier stopping) throws IOException;
}
