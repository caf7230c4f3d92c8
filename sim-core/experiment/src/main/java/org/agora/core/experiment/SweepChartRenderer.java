package org.agora.core.experiment;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

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
    List<Path> render(List<SweepChart> charts, Path directory) throws IOException;
}
