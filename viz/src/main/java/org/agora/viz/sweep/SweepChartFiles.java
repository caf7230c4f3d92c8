package org.agora.viz.sweep;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.agora.core.experiment.ChartFiles;
import org.agora.core.experiment.Experiment;
import org.agora.core.experiment.RunRecord;
import org.agora.core.experiment.SweepChart;
import org.agora.core.experiment.SweepChartRenderer;
import org.agora.viz.chart.ChartStyle;
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

/**
 * Draws the charts of a sweep with JFreeChart 1.5: the mean of a metric against a parameter, a
 * line through the means with a translucent band for the 95% confidence interval (or, for
 * categorical parameters and randomly sampled points, a mark with an error bar each), one
 * colour per series; categorical parameters get their values as axis labels. Which charts a sweep
 * has is planned here too ({@link SweepChartPlan}), from the aggregates the experiment module
 * hands over. Each chart is written as PNG (bitmap, for a quick look) and SVG (vector, for papers).
 * Off screen, so it works headless.
 */
public final class SweepChartFiles implements SweepChartRenderer {

    /** Size of a chart in pixels (PNG) or user units (SVG). */
    static final int WIDTH = 900;
    static final int HEIGHT = 560;

    /** Plans the sweep's charts ({@link SweepChartPlan}) and draws them; says why if there are none. */
    @Override
    public ChartFiles renderSweep(Experiment experiment, List<RunRecord> records, Path directory, BooleanSupplier stopping)
            throws IOException {
        List<SweepChart> charts = SweepChartPlan.of(experiment, records);
        if (charts.isEmpty()) {
            return ChartFiles.none(experiment.varied().isEmpty() ? "no charts: no parameter varies"
                    : "no charts: no metric has numeric values");
        }
        Files.createDirectories(directory);
        return new ChartFiles(render(charts, directory, stopping), null);
    }

    @Override
    public List<Path> render(List<SweepChart> charts, Path directory, BooleanSupplier stopping) throws IOException {
        List<Path> files = new ArrayList<>();
        for (SweepChart chart : charts) {
            if (stopping.getAsBoolean()) {
                break;
            }
            JFreeChart drawn = draw(chart);
            Path png = directory.resolve(chart.fileStem() + ".png");
            whole(png, file -> checked(() -> ChartStyle.writePng(drawn, file, WIDTH, HEIGHT)));
            files.add(png);
            Path svg = directory.resolve(chart.fileStem() + ".svg");
            whole(svg, file -> checked(() -> ChartStyle.writeSvg(drawn, file, WIDTH, HEIGHT, chart.fileStem())));
            files.add(svg);
        }
        return files;
    }

    /** Writes one file. */
    private interface Writer {
        void write(Path file) throws IOException;
    }

    /** Runs a write of the shared chart style, whose I/O failures are unchecked, as a checked one. */
    private static void checked(Runnable write) throws IOException {
        try {
            write.run();
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
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

    /** Units of quantities that may be negative; a confidence interval of any other ends at 0, as the quantity does. */
    private static final Set<String> SIGNED_UNITS = Set.of("", "reward", "dB", "dBm", "m/s²");
    /** The longest subtitle line: longer ones are broken between items, never inside a name. */
    private static final int SUBTITLE_LINE = 110;

    /** The chart as JFreeChart draws it. */
    static JFreeChart draw(SweepChart chart) {
        boolean categorical = !chart.categories().isEmpty();
        boolean nonNegative = !SIGNED_UNITS.contains(unit(chart.yLabel()))
                && chart.series().stream().flatMap(s -> s.points().stream()).allMatch(p -> p.mean() >= 0);
        YIntervalSeriesCollection dataset = new YIntervalSeriesCollection();
        int count = chart.series().size();
        for (int s = 0; s < count; s++) {
            SweepChart.Series series = chart.series().get(s);
            double offset = categorical ? (s - (count - 1) / 2.0) * DODGE : 0;
            YIntervalSeries data = new YIntervalSeries(series.label(), false, true);
            for (SweepChart.Point point : series.points()) {
                data.add(point.x() + offset, point.mean(), nonNegative ? Math.max(0, point.low()) : point.low(), point.high());
            }
            dataset.addSeries(data);
        }
        ValueAxis xAxis;
        if (!categorical) {
            boolean whole = chart.series().stream().flatMap(s -> s.points().stream()).allMatch(p -> p.x() == Math.rint(p.x()));
            NumberAxis numbers = ChartStyle.valueAxis(chart.xLabel(), whole);
            numbers.setAutoRangeIncludesZero(false);
            xAxis = numbers;
        } else {
            SymbolAxis symbols = new SymbolAxis(chart.xLabel(), chart.categories().toArray(String[]::new));
            symbols.setGridBandsVisible(false);
            xAxis = symbols;
        }
        NumberAxis yAxis = ChartStyle.valueAxis(chart.yLabel(), false);
        yAxis.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(dataset, xAxis, yAxis, renderer(chart, categorical));
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        JFreeChart drawn = new JFreeChart(chart.title(), JFreeChart.DEFAULT_TITLE_FONT, plot, chart.series().size() > 1);
        for (String line : lines(chart.subtitle())) {
            drawn.addSubtitle(new TextTitle(line));
        }
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
            Color colour = ChartStyle.colour(series);
            renderer.setSeriesPaint(series, colour);
            renderer.setSeriesFillPaint(series, colour);
            renderer.setSeriesStroke(series, ChartStyle.stroke(series, 2f));
        }
        return renderer;
    }

    /** The unit in a label's brackets ({@code collisions [collisions]}), or empty. */
    static String unit(String label) {
        int open = label.lastIndexOf('[');
        return open >= 0 && label.endsWith("]") ? label.substring(open + 1, label.length() - 1) : "";
    }

    /**
     * A subtitle as lines that fit the chart, broken after ", " or "; " so that JFreeChart never
     * has to wrap it (it wraps at hyphens, inside names such as govsim-fishery-no-communication).
     */
    static List<String> lines(String subtitle) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String piece : subtitle.split("(?<=[,;] )")) {
            if (line.length() > 0 && line.length() + piece.length() > SUBTITLE_LINE) {
                lines.add(line.toString().strip());
                line.setLength(0);
            }
            line.append(piece);
        }
        if (line.length() > 0) {
            lines.add(line.toString().strip());
        }
        return lines;
    }
}
