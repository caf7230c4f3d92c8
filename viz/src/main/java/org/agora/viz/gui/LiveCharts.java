package org.agora.viz.gui;

import java.awt.Dimension;
import java.awt.GridLayout;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.swing.JFrame;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;
import org.agora.viz.chart.Chart;
import org.agora.viz.chart.ChartRendering;
import org.agora.viz.chart.EventCharts;
import org.agora.viz.chart.Series;
import org.jfree.chart.ChartPanel;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import sim.display.Controller;

/**
 * The live charts of a displayed run: one JFreeChart panel per chart of the family, in a window of
 * their own registered with the Console. The simulation thread hands over the points its charts
 * gained since the last hand-over (at most ten times a wall-clock second, and at the end), and the
 * Swing thread adds them to the panels' datasets; a new start clears them.
 */
final class LiveCharts {

    private static final long HAND_OVER_NANOS = 100_000_000L;
    private static final int PANEL_WIDTH = 480;
    private static final int PANEL_HEIGHT = 270;

    private final List<XYSeriesCollection> datasets = new ArrayList<>();
    /** Per series: points handed over, and the revision they were taken at. */
    private final Map<Series, int[]> handedOver = new IdentityHashMap<>();
    private JFrame frame;
    private List<Chart> charts = List.of();
    private long nextHandOver;
    private volatile int generation;

    /** One series' new points (or, if {@code replace}, all of them), for the Swing thread. */
    private record Points(int chart, String series, double[] xs, double[] ys, boolean replace) {
    }

    /**
     * Creates the window (Swing thread).
     *
     * @param layout charts of the family, for their titles and labels (their data is not shown)
     */
    void init(Controller controller, String title, EventCharts layout) {
        List<Chart> prototypes = layout.charts();
        int columns = prototypes.size() > 1 ? 2 : 1;
        int rows = (prototypes.size() + columns - 1) / columns;
        JPanel grid = new JPanel(new GridLayout(rows, columns));
        for (Chart chart : prototypes) {
            XYSeriesCollection dataset = new XYSeriesCollection();
            datasets.add(dataset);
            ChartPanel panel = new ChartPanel(ChartRendering.jfreeChart(chart, dataset));
            panel.setPreferredSize(new Dimension(PANEL_WIDTH, PANEL_HEIGHT));
            grid.add(panel);
        }
        frame = new JFrame(title);
        frame.setDefaultCloseOperation(WindowConstants.HIDE_ON_CLOSE);
        frame.getContentPane().add(grid);
        // Not packed: packing would create the native window at (0, 0) now, and without a window
        // manager its late "configured at (0, 0)" notice can overwrite the place it is given
        // before it is shown. Unpacked, the native window is created where it is placed.
        frame.setSize(frame.getPreferredSize());
        controller.registerFrame(frame);
    }

    JFrame frame() {
        return frame;
    }

    /** The datasets shown, one per chart (Swing thread). */
    List<XYSeriesCollection> datasets() {
        return datasets;
    }

    /** A new run's charts: the panels are cleared and will show these. */
    void reset(EventCharts runCharts) {
        charts = runCharts.charts();
        handedOver.clear();
        nextHandOver = 0;
        int current = ++generation;
        SwingUtilities.invokeLater(() -> {
            if (current == generation) {
                datasets.forEach(XYSeriesCollection::removeAllSeries);
            }
        });
    }

    /**
     * Hands the charts' new points to the Swing thread (simulation thread).
     *
     * @param now whether to do it now rather than wait for the next tenth of a second
     */
    void handOver(boolean now) {
        long time = System.nanoTime();
        if (!now && time < nextHandOver) {
            return;
        }
        nextHandOver = time + HAND_OVER_NANOS;
        List<Points> batch = new ArrayList<>();
        for (int c = 0; c < charts.size() && c < datasets.size(); c++) {
            for (Series series : charts.get(c).seriesSnapshot()) {
                int[] done = handedOver.computeIfAbsent(series, s -> new int[2]);
                int size = series.size();
                boolean replace = series.revision() != done[1];
                int from = replace ? 0 : done[0];
                if (size > from || replace) {
                    double[] xs = new double[size - from];
                    double[] ys = new double[xs.length];
                    for (int i = 0; i < xs.length; i++) {
                        xs[i] = series.x(from + i);
                        ys[i] = series.y(from + i);
                    }
                    batch.add(new Points(c, series.name(), xs, ys, replace));
                    done[0] = size;
                    done[1] = series.revision();
                }
            }
        }
        if (batch.isEmpty()) {
            return;
        }
        int current = generation;
        SwingUtilities.invokeLater(() -> show(current, batch));
    }

    private void show(int batchGeneration, List<Points> batch) {
        if (batchGeneration != generation) {
            return;
        }
        Map<XYSeries, Boolean> changed = new LinkedHashMap<>();
        for (Points points : batch) {
            XYSeriesCollection dataset = datasets.get(points.chart());
            int index = dataset.getSeriesIndex(points.series());
            XYSeries series;
            if (index < 0) {
                series = ChartRendering.emptySeries(points.series());
                dataset.addSeries(series);
            } else {
                series = dataset.getSeries(index);
                if (points.replace()) {
                    series.clear();
                }
            }
            for (int i = 0; i < points.xs().length; i++) {
                series.add(points.xs()[i], points.ys()[i], false);
            }
            changed.put(series, Boolean.TRUE);
        }
        changed.keySet().forEach(XYSeries::fireSeriesChanged);
    }

    void quit() {
        if (frame != null) {
            frame.dispose();
        }
    }
}
