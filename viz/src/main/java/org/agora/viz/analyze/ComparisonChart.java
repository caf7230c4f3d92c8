package org.agora.viz.analyze;

import java.awt.Color;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.agora.viz.chart.ChartStyle;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Alternatives compared on several metrics in one chart (the small cells' allocators on outage,
 * bits during handovers, welfare, ...): a group of bars per metric, a bar per alternative, each
 * metric divided by its largest value over the alternatives, so metrics of different units share
 * one axis from 0 to 1. The table beside it gives the values with their units.
 */
final class ComparisonChart {

    private ComparisonChart() {
    }

    /** The chart of one group of metrics sharing the same alternatives ({@code columns}). */
    static JFreeChart draw(List<String> columns, Map<String, Map<?, ?>> rows) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (Map.Entry<String, Map<?, ?>> row : rows.entrySet()) {
            double largest = row.getValue().values().stream().filter(v -> v instanceof Number)
                    .mapToDouble(v -> Math.abs(((Number) v).doubleValue())).max().orElse(0);
            for (String column : columns) {
                Object value = row.getValue().get(column);
                if (value instanceof Number number) {
                    dataset.addValue(largest == 0 ? 0 : number.doubleValue() / largest, column, row.getKey());
                }
            }
        }
        CategoryAxis metrics = new CategoryAxis("metric");
        metrics.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        NumberAxis share = ChartStyle.valueAxis("relative to the largest value of the metric", false);
        BarRenderer bars = new BarRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        for (int i = 0; i < columns.size(); i++) {
            bars.setSeriesPaint(i, ChartStyle.colour(i));
        }
        CategoryPlot plot = new CategoryPlot(dataset, metrics, share, bars);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        JFreeChart chart = new JFreeChart(String.join(", ", columns) + " compared", JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    /** Writes the chart as PNG and SVG under {@code base} (a path without extension). */
    static void write(JFreeChart chart, Path directory, String base, int width, int height) {
        ChartStyle.writePng(chart, directory.resolve(base + ".png"), width, height);
        ChartStyle.writeSvg(chart, directory.resolve(base + ".svg"), width, height, base.replace('/', '-'));
    }
}
