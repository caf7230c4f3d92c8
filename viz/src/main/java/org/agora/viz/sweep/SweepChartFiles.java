package org.agora.viz.sweep;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Rectangle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.agora.core.experiment.SweepChart;
import org.agora.core.experiment.SweepChartRenderer;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.AbstractXYItemRenderer;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUtils;

/**
 * Draws the charts of a sweep with JFreeChart 1.5: the mean of a metric against a parameter, a
 * line through the means with a translucent band for the 95% confidence interval (or, for
 * categorical parameters and randomly sampled points, a mark with an error bar each), one
 * colour per series; categorical parameters get their values as axis labels. Each chart is written as PNG (bitmap, for a quick
 * look) and SVG (vector, for papers). Off screen, so it works headless.
 */
public final class SweepChartFiles implements SweepChartRenderer {

    /** Size of a chart in pixels (PNG) or user units (SVG). */
    static final int WIDTH = 900;
    static final int HEIGHT = 560;

    /** Colours that stay apart for readers with the common colour blindnesses (Okabe and Ito). */
    private static final Color[] PALETTE = {new Color(0, 114, 178), new Color(213, 94, 0), new Color(0, 158, 115),
        new Color(204, 121, 167), new Color(230, 159, 0), new Color(86, 180, 233), new Color(0, 0, 0)};

    @Override
    public List<Path> render(List<SweepChart> charts, Path directory) throws IOException {
        List<Path> files = new ArrayList<>();
        for (SweepChart chart : charts) {
            JFreeChart drawn = draw(chart);
            Path png = directory.resolve(chart.fileStem() + ".png");
            whole(png, file -> ChartUtils.saveChartAsPNG(file.toFile(), drawn, WIDTH, HEIGHT));
            files.add(png);
            Path svg = directory.resolve(chart.fileStem() + ".svg");
            SVGGraphics2D graphics = new SVGGraphics2D(WIDTH, HEIGHT);
            // a fixed prefix instead of the clock's, so that the same sweep gives the same file
            graphics.setDefsKeyPrefix("agora-" + chart.fileStem());
            drawn.draw(graphics, new Rectangle(0, 0, WIDTH, HEIGHT));
            whole(svg, file -> SVGUtils.writeToSVG(file.toFile(), graphics.getSVGElement()));
            files.add(svg);
        }
        return files;
    }

    /** Writes one file. */
    private interface Writer {
        void write(Path file) throws IOException;
    }

    /**
     * Writes {@code file} through a temporary file and a rename, so that a sweep stopped or a disk
     * filled while a chart is drawn leaves no empty or cut chart under its final name.
     */
    private static void whole(Path file, Writer writer) throws IOException {
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            writer.write(temporary);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** How far apart, in category widths, the series of a categorical chart are drawn, so their bars do not hide each other. */
    private static final double DODGE = 0.08;

    /** The chart as JFreeChart draws it. */
    static JFreeChart draw(SweepChart chart) {
        boolean categorical = !chart.categories().isEmpty();
        YIntervalSeriesCollection dataset = new YIntervalSeriesCollection();
        int count = chart.series().size();
        for (int s = 0; s < count; s++) {
            SweepChart.Series series = chart.series().get(s);
            double offset = categorical ? (s - (count - 1) / 2.0) * DODGE : 0;
            YIntervalSeries data = new YIntervalSeries(series.label(), false, true);
            for (SweepChart.Point point : series.points()) {
                data.add(point.x() + offset, point.mean(), point.low(), point.high());
            }
            dataset.addSeries(data);
        }
        ValueAxis xAxis;
        if (!categorical) {
            NumberAxis numbers = new NumberAxis(chart.xLabel());
            numbers.setAutoRangeIncludesZero(false);
            xAxis = numbers;
        } else {
            SymbolAxis symbols = new SymbolAxis(chart.xLabel(), chart.categories().toArray(String[]::new));
            symbols.setGridBandsVisible(false);
            xAxis = symbols;
        }
        NumberAxis yAxis = new NumberAxis(chart.yLabel());
        yAxis.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(dataset, xAxis, yAxis, renderer(chart, categorical));
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        JFreeChart drawn = new JFreeChart(chart.title(), JFreeChart.DEFAULT_TITLE_FONT, plot, chart.series().size() > 1);
        drawn.addSubtitle(new TextTitle(chart.subtitle()));
        drawn.setBackgroundPaint(Color.WHITE);
        return drawn;
    }

    /**
     * A line with a band where x is a number and points are joined; marks with error bars for
     * categories (whose order means nothing) and for sampled points.
     */
    private static AbstractXYItemRenderer renderer(SweepChart chart, boolean categorical) {
        AbstractXYItemRenderer renderer;
        if (chart.connected() && !categorical) {
            DeviationRenderer band = new DeviationRenderer(true, true);
            band.setAlpha(0.2f);
            renderer = band;
        } else {
            XYErrorRenderer bars = new XYErrorRenderer();
            bars.setDrawXError(false);
            bars.setDefaultLinesVisible(false);
            bars.setDefaultShapesVisible(true);
            renderer = bars;
        }
        for (int series = 0; series < chart.series().size(); series++) {
            Color colour = PALETTE[series % PALETTE.length];
            renderer.setSeriesPaint(series, colour);
            renderer.setSeriesFillPaint(series, colour);
            renderer.setSeriesStroke(series, new BasicStroke(2f));
        }
        return renderer;
    }
}
