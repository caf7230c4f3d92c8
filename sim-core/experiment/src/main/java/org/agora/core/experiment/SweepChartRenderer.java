package org.agora.core.experiment;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Draws the charts of a sweep into files. Found through {@link java.util.ServiceLoader}
 * ({@code META-INF/services/org.agora.core.experiment.SweepChartRenderer}); the viz module
 * provides one, so that headless installations without it simply draw no charts.
 *
 * <p>Threading: called once per sweep, from the thread that completes it.
 */
public interface SweepChartRenderer {

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
