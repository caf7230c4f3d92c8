package org.agora.viz.sweep;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.agora.core.experiment.Design;
import org.agora.core.experiment.Experiment;
import org.agora.core.experiment.MetricColumn;
import org.agora.core.experiment.MetricSummary;
import org.agora.core.experiment.ParameterPoint;
import org.agora.core.experiment.RunRecord;
import org.agora.core.experiment.SweepChart;
import org.agora.core.scenario.Metric;
import org.agora.core.scenario.Parameter;
import org.agora.core.scenario.ScenarioSpec;

/**
 * The charts of a completed sweep: each numeric metric against each varied parameter, as the
 * mean over the runs at each value with its 95% confidence interval. When the other varied
 * parameters take at most {@value #MAX_SERIES} combinations (in grids and point lists), each
 * combination is a series of its own; otherwise, and for random samples, the runs with equal
 * values of the charted parameter are pooled into one series.
 */
public final class SweepChartPlan {

    /** More series than this on one chart would not be readable. */
    static final int MAX_SERIES = 6;

    private SweepChartPlan() {
    }

    /**
     * The charts of a sweep's records: one per numeric metric and varied parameter. A metric whose
     * values are maps of names to numbers (one value per allocator, say) is one chart per varied
     * parameter with a series per entry.
     */
    public static List<SweepChart> of(Experiment experiment, List<RunRecord> records) {
        List<RunRecord> done = records.stream().filter(RunRecord::done).toList();
        List<MetricColumn> columns = MetricColumn.of(experiment.metrics(), done);
        List<SweepChart> charts = new ArrayList<>();
        for (Metric metric : experiment.metrics()) {
            List<MetricColumn> ofMetric = columns.stream().filter(c -> c.metric().equals(metric)).toList();
            boolean numeric = ofMetric.stream().anyMatch(c -> done.stream().anyMatch(r -> Double.isFinite(c.value(r.metrics()))));
            if (!numeric) {
                continue;
            }
            for (String parameter : experiment.varied()) {
                charts.add(chart(experiment, done, metric, ofMetric, parameter));
            }
        }
        return charts;
    }

    private static SweepChart chart(Experiment experiment, List<RunRecord> done, Metric metric, List<MetricColumn> columns,
            String parameterName) {
        Parameter<?> parameter = parameterName.equals(Experiment.SCENARIO) ? null
                : experiment.base().parameters().declared().get(parameterName);
        boolean numericX = parameter != null && (parameter.type() == Parameter.Type.INTEGER
                || parameter.type() == Parameter.Type.REAL || parameter.type() == Parameter.Type.DURATION);
        List<String> categories = new ArrayList<>();
        if (!numericX) {
            for (ParameterPoint point : experiment.points()) {
                String label = point.labels().get(parameterName);
                if (!categories.contains(label)) {
                    categories.add(label);
                }
            }
        }
        List<String> others = experiment.varied().stream().filter(name -> !name.equals(parameterName)).toList();
        Map<String, Boolean> combinations = new LinkedHashMap<>();
        for (ParameterPoint point : experiment.points()) {
            combinations.put(seriesLabel(point.labels(), others), true);
        }
        boolean entries = columns.get(0).entry() != null;
        boolean pooled = experiment.design() == Design.SAMPLE || combinations.size() * columns.size() > MAX_SERIES;

        // series label -> x -> values of the metric
        Map<String, TreeMap<Double, List<Double>>> grouped = new LinkedHashMap<>();
        for (MetricColumn column : columns) {
            if (pooled) {
                grouped.put(label(column, "all runs", true), new TreeMap<>());
            } else {
                combinations.keySet().forEach(combination -> grouped.put(label(column, combination, false), new TreeMap<>()));
            }
        }
        for (RunRecord record : done) {
            Map<String, String> labels = experiment.points().get(record.point()).labels();
            double x = numericX ? MetricSummary.numeric(record.parameters().get(parameterName))
                    : categories.indexOf(labels.get(parameterName));
            for (MetricColumn column : columns) {
                double value = column.value(record.metrics());
                if (Double.isFinite(value)) {
                    String label = label(column, pooled ? "all runs" : seriesLabel(labels, others), pooled);
                    grouped.get(label).computeIfAbsent(x, k -> new ArrayList<>()).add(value);
                }
            }
        }
        List<SweepChart.Series> series = new ArrayList<>();
        for (Map.Entry<String, TreeMap<Double, List<Double>>> entry : grouped.entrySet()) {
            List<SweepChart.Point> points = new ArrayList<>();
            for (Map.Entry<Double, List<Double>> at : entry.getValue().entrySet()) {
                MetricSummary summary = MetricSummary.of(at.getValue().stream().mapToDouble(Double::doubleValue).toArray());
                boolean interval = summary.n() > 1;
                points.add(new SweepChart.Point(at.getKey(), summary.mean(), interval ? summary.ci95Low() : summary.mean(),
                        interval ? summary.ci95High() : summary.mean(), summary.n()));
            }
            if (!points.isEmpty()) {
                series.add(new SweepChart.Series(others.isEmpty() && !entries ? metric.name() : entry.getKey(), points));
            }
        }
        String over = pooled && !others.isEmpty()
                ? "all runs at each value of " + parameterName + " (other parameters pooled)"
                : experiment.replications() + (experiment.replications() == 1 ? " run" : " runs") + " per point";
        String subtitle = "mean and 95% confidence interval over " + over + "; " + (experiment.scenarios().size() == 1 ? experiment.base().scenario().id()
                        : String.join(", ", experiment.scenarios().stream().map(ScenarioSpec::name).toList()));
        return new SweepChart(fileName(metric.name() + "-vs-" + parameterName), metric.name() + " against " + parameterName,
                subtitle, withUnit(parameterName, parameter == null ? null : parameter.unit()),
                withUnit(metric.name(), unitAcross(experiment, metric)), categories, experiment.design() != Design.SAMPLE, series);
    }

    /** A series' label: the combination of the other parameters, after the map entry if there is one. */
    private static String label(MetricColumn column, String combination, boolean pooled) {
        if (column.entry() == null) {
            return combination;
        }
        return pooled || combination.isEmpty() ? column.entry() : column.entry() + ", " + combination;
    }

    private static String seriesLabel(Map<String, String> labels, List<String> names) {
        List<String> parts = new ArrayList<>();
        for (String name : names) {
            parts.add(name + "=" + labels.get(name));
        }
        return String.join(", ", parts);
    }

    /**
     * The metric's unit in every scenario of the experiment: GovSim's settings report the same
     * metric in tons, hectares and percent, and a chart of all three must not say "tons".
     */
    private static String unitAcross(Experiment experiment, Metric metric) {
        Set<String> units = new LinkedHashSet<>();
        for (ScenarioSpec spec : experiment.scenarios()) {
            for (Metric declared : spec.scenario().metrics()) {
                if (declared.name().equals(metric.name()) && !declared.unit().isEmpty()) {
                    units.add(declared.unit());
                }
            }
        }
        return units.isEmpty() ? metric.unit() : String.join(" | ", units);
    }

    private static String withUnit(String name, String unit) {
        return unit == null || unit.isEmpty() ? name : name + " [" + unit + "]";
    }

    private static String fileName(String text) {
        return text.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
