package org.agora.viz.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Rectangle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUtils;

/**
 * Draws {@link Chart}s with JFreeChart 1.5 (MASON's own chart classes need JFreeChart 1.0): as a
 * chart object for a live panel, or into PNG and SVG files. Works headless.
 */
public final class ChartRendering {

    /** The colours of a chart's series, in order (colour-blind-safe, after Okabe and Ito). */
    private static final Color[] PALETTE = {
        new Color(0x0072B2), new Color(0xE69F00), new Color(0x009E73), new Color(0xD55E00),
        new Color(0xCC79A7), new Color(0x56B4E9), new Color(0xF0E442), new Color(0x000000)};

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
        NumberAxis x = new NumberAxis(chart.xLabel());
        x.setAutoRangeIncludesZero(false);
        NumberAxis y = new NumberAxis(chart.yLabel());
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
        for (int i = 0; i < PALETTE.length; i++) {
            renderer.setSeriesPaint(i, PALETTE[i]);
            renderer.setSeriesStroke(i, new BasicStroke(1.5f));
        }
        return renderer;
    }

    /** Writes the chart as a PNG image. */
    public static void writePng(Chart chart, Path file, int width, int height) {
        try {
            ChartUtils.saveChartAsPNG(file.toFile(), jfreeChart(chart, dataset(chart)), width, height);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** Writes the chart as an SVG drawing. */
    public static void writeSvg(Chart chart, Path file, int width, int height) {
        SVGGraphics2D graphics = new SVGGraphics2D(width, height);
        jfreeChart(chart, dataset(chart)).draw(graphics, new Rectangle(0, 0, width, height));
        try {
            SVGUtils.writeToSVG(file.toFile(), graphics.getSVGElement());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
