package org.agora.viz.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.agora.core.experiment.SweepChart;
import org.agora.viz.sweep.SweepChartDrawing;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.IntervalXYDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What every chart shares: readable axes, visible series, honest intervals, files that do not change. */
class ChartStyleTest {

    @TempDir
    Path dir;

    private static JFreeChart drawn(Chart chart) {
        JFreeChart jfree = ChartRendering.jfreeChart(chart, ChartRendering.dataset(chart));
        BufferedImage image = new BufferedImage(900, 450, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        jfree.draw(graphics, new java.awt.Rectangle(0, 0, 900, 450));
        graphics.dispose();
        return jfree;
    }

    @Test
    void anAllZeroSeriesGetsAZeroToOneAxisNotPlusMinusFiveE9() {
        Chart chart = new Chart("zeros", "Nothing happened", "time (s)", "collisions", Chart.Style.STEP);
        for (int t = 0; t < 10; t++) {
            chart.series("collisions").add(t, 0);
        }
        NumberAxis y = (NumberAxis) drawn(chart).getXYPlot().getRangeAxis();
        assertThat(y.getRange().getLowerBound()).isZero();
        assertThat(y.getRange().getUpperBound()).isEqualTo(1.0);
    }

    @Test
    void aMonthAxisTicksAtWholeMonths() {
        Chart chart = new Chart("pool", "The pool", "month", "t", Chart.Style.LINE);
        for (int month = 1; month <= 3; month++) {
            chart.series("pool").add(month, 100 - month);
        }
        NumberAxis x = (NumberAxis) drawn(chart).getXYPlot().getDomainAxis();
        double tick = x.getTickUnit().getSize();
        assertThat(tick).isGreaterThanOrEqualTo(1.0).isEqualTo(Math.rint(tick));
    }

    @Test
    void aSeriesDrawnOverAnotherWithEqualValuesLeavesItVisible() {
        Chart chart = new Chart("same", "Two equal series", "time (s)", "welfare", Chart.Style.LINE);
        for (int t = 0; t < 5; t++) {
            chart.series("optimum").add(t, t);
            chart.series("market").add(t, t);
        }
        XYPlot plot = drawn(chart).getXYPlot();
        BasicStroke first = (BasicStroke) plot.getRenderer().getSeriesStroke(0);
        BasicStroke second = (BasicStroke) plot.getRenderer().getSeriesStroke(1);
        assertThat(first.getDashArray()).isNull();
        assertThat(second.getDashArray()).isNotNull();
    }

    @Test
    void theSameChartGivesTheSameSvgBytes() throws Exception {
        Chart chart = new Chart("rates", "Rates", "time (s)", "rate (Mbit/s)", Chart.Style.LINE);
        for (int t = 0; t < 20; t++) {
            chart.series("all users").add(t, Math.sin(t));
        }
        ChartRendering.writeSvg(chart, dir.resolve("a.svg"), 900, 450);
        Thread.sleep(5);
        ChartRendering.writeSvg(chart, dir.resolve("b.svg"), 900, 450);
        assertThat(Files.readAllBytes(dir.resolve("b.svg"))).isEqualTo(Files.readAllBytes(dir.resolve("a.svg")));
    }

    @Test
    void aCountsConfidenceIntervalEndsAtZeroAndASignedOneDoesNot() {
        SweepChart.Series collisions = new SweepChart.Series("collisions", List.of(new SweepChart.Point(1, 0.2, -0.3, 0.7, 5),
                new SweepChart.Point(2, 1.0, 0.1, 1.9, 5)));
        SweepChart counts = new SweepChart("c", "collisions against x", "mean", "x", "collisions [collisions]", List.of(), true,
                List.of(collisions));
        IntervalXYDataset drawn = (IntervalXYDataset) SweepChartDrawing.draw(counts).getXYPlot().getDataset();
        assertThat(drawn.getStartYValue(0, 0)).isZero();
        SweepChart rewards = new SweepChart("r", "reward against x", "mean", "x", "reward [reward]", List.of(), true,
                List.of(collisions));
        IntervalXYDataset signed = (IntervalXYDataset) SweepChartDrawing.draw(rewards).getXYPlot().getDataset();
        assertThat(signed.getStartYValue(0, 0)).isEqualTo(-0.3);
    }

    @Test
    void aLongSubtitleIsBrokenBetweenNamesNeverInsideOne() {
        String subtitle = "mean and 95% confidence interval over 5 runs per point; govsim-fishery-no-communication, "
                + "govsim-pasture-no-communication, govsim-pollution-no-communication, govsim-fishery-universalization";
        SweepChart chart = new SweepChart("s", "t", subtitle, "x", "y", List.of(), true, List.of());
        JFreeChart drawn = SweepChartDrawing.draw(chart);
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < drawn.getSubtitleCount(); i++) {
            if (drawn.getSubtitle(i) instanceof TextTitle title) {
                assertThat(title.getText().length()).isLessThanOrEqualTo(110);
                joined.append(title.getText()).append(' ');
            }
        }
        assertThat(joined.toString().strip()).isEqualTo(subtitle);
    }
}
