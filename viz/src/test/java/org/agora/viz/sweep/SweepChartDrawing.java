package org.agora.viz.sweep;

import org.agora.core.experiment.SweepChart;
import org.jfree.chart.JFreeChart;

/** Test access to how a sweep chart is drawn. */
public final class SweepChartDrawing {

    private SweepChartDrawing() {
    }

    public static JFreeChart draw(SweepChart chart) {
        return SweepChartFiles.draw(chart);
    }
}
