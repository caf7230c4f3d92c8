package org.agora.core.experiment;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceLoader;
import java.util.function.BooleanSupplier;
import org.agora.core.run.IoFailure;

/**
 * The charts of a completed sweep, drawn by the installed {@link SweepChartRenderer} (the viz
 * module's) from the sweep's aggregates: the experiment and its run records. This module plans
 * and draws nothing itself; without a renderer a sweep has no charts and says why.
 */
public final class SweepCharts {

    private SweepCharts() {
    }

    /**
     * Has the installed renderer chart the sweep into {@code directory} until {@code stopping}
     * says the user stopped it.
     *
     * @return the files, or why there are none; a renderer's failure is reported, not thrown
     * @throws DiskFullException if the disk filled up: the sweep is not complete until its
     *     charts are drawn, which the next start does once there is room
     */
    public static ChartFiles draw(Experiment experiment, List<RunRecord> records, Path directory, BooleanSupplier stopping) {
        Iterator<SweepChartRenderer> renderers = ServiceLoader.load(SweepChartRenderer.class).iterator();
        if (!renderers.hasNext()) {
            return ChartFiles.none("no charts: the viz module is not installed");
        }
        try {
            return renderers.next().renderSweep(experiment, records, directory, stopping);
        } catch (IOException | RuntimeException | LinkageError e) {
            String full = IoFailure.fullDisk(e, directory);
            if (full != null) {
                throw new DiskFullException("charts not drawn: " + full, full);
            }
            return notDrawn(e);
        }
    }

    /** Why charts were not drawn: the failure's type and the first line of its message. */
    public static ChartFiles notDrawn(Throwable failure) {
        return ChartFiles.none("charts not drawn: " + failure.getClass().getSimpleName()
                + (failure.getMessage() == null ? "" : ": " + failure.getMessage().lines().findFirst().orElse("")));
    }
}
