package org.agora.viz.chart;

import java.awt.Color;
import java.nio.file.Path;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Draws {@link Chart}s with JFreeChart 1.5 (MASON's own chart classes need JFreeChart 1.0): as a
 * chart object for a live panel, or into PNG and SVG files. Works headless.
 */
public final class ChartRendering {

    /** Series styled ahead of their appearance (a live chart gains series as the run goes). */
    private static final int STYLED_SERIES = 32;

    private ChartRendering() {
    }

    /** A JFreeChart dataset holding a copy of the chart's points. */
    public static XYSeriesCollection dataset(Chart chart) {
        XYSeriesCollection dataset = new XYSeriesCollection();
        for (Series series : chart.allSeries()) {
            dataset.addSeries(copy(series));
        }
        return dataset;
    }

    /** An empty JFreeChart series for a series of ours (points kept in the order they come). */
    public static XYSeries emptySeries(String name) {
        return new XYSeries(name, false, true);
    }

    private static XYSeries copy(Series series) {
        XYSeries copy = emptySeries(series.name());
        for (int i = 0; i < series.size(); i++) {
            copy.add(series.x(i), series.y(i), false);
        }
        return copy;
    }

    /** A JFreeChart drawing {@code dataset} as {@code chart} says (title, labels, style). */
    public static JFreeChart jfreeChart(Chart chart, XYSeriesCollection dataset) {
        NumberAxis x = ChartStyle.valueAxis(chart.xLabel(), ChartStyle.inMonths(chart.xLabel()));
        x.setAutoRangeIncludesZero(false);
        NumberAxis y = ChartStyle.valueAxis(chart.yLabel(), chart.style() == Chart.Style.STEP);
        y.setAutoRangeIncludesZero(true);
        XYPlot plot = new XYPlot(dataset, x, y, renderer(chart.style()));
        plot.setOrientation(PlotOrientation.VERTICAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xDDDDDD));
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        JFreeChart jfree = new JFreeChart(chart.title(), JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        jfree.setBackgroundPaint(Color.WHITE);
        return jfree;
    }

    private static XYItemRenderer renderer(Chart.Style style) {
        XYItemRenderer renderer = switch (style) {
            case STEP -> new XYStepRenderer();
            case POINTS -> new XYLineAndShapeRenderer(false, true);
            case LINE -> new XYLineAndShapeRenderer(true, false);
        };
        for (int i = 0; i < STYLED_SERIES; i++) {
            renderer.setSeriesPaint(i, ChartStyle.colour(i));
            renderer.setSeriesStroke(i, ChartStyle.stroke(i, 1.5f));
        }
        return renderer;
    }

    /** Writes the chart as a PNG image. */
    public static void writePng(Chart chart, Path file, int width, int height) {
        ChartStyle.writePng(jfreeChart(chart, dataset(chart)), file, width, height);
    }

    /** Writes the chart as an SVG drawing, the same bytes for the same chart. */
    public static void writeSvg(Chart chart, Path file, int width, int height) {
        ChartStyle.writeSvg(jfreeChart(chart, dataset(chart)), file, width, height, chart.id());
    }
}
