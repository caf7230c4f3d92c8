package org.agora.core.experiment;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The aggregate table of a sweep, {@code aggregate.csv}: one row per parameter point with the
 * number of runs and failures and, for each metric, the number of values, their mean, standard
 * deviation and 95% confidence interval of the mean ({@link MetricSummary}). Failed runs and
 * non-numeric values count in no metric. A metric whose values are maps of names to numbers has
 * a column per entry, {@code metric.entry} ({@link MetricColumn}).
 */
public final class Aggregate {

    private final Experiment experiment;
    private final List<MetricColumn> columns;
    private final List<PointAggregate> points;

    private Aggregate(Experiment experiment, List<MetricColumn> columns, List<PointAggregate> points) {
        this.experiment = experiment;
        this.columns = List.copyOf(columns);
        this.points = List.copyOf(points);
    }

    /** Summarizes the recorded runs of {@code experiment}, point by point. */
    public static Aggregate of(Experiment experiment, Collection<RunRecord> records) {
        int pointCount = experiment.points().size();
        List<List<RunRecord>> byPoint = new ArrayList<>();
        for (int i = 0; i < pointCount; i++) {
            byPoint.add(new ArrayList<>());
        }
        for (RunRecord record : records) {
            byPoint.get(record.point()).add(record);
        }
        List<MetricColumn> columns = MetricColumn.of(experiment.metrics(), records);
        List<PointAggregate> points = new ArrayList<>();
        for (int i = 0; i < pointCount; i++) {
            List<RunRecord> runs = byPoint.get(i);
            List<RunRecord> done = runs.stream().filter(RunRecord::done).toList();
            Map<String, MetricSummary> metrics = new LinkedHashMap<>();
            for (MetricColumn column : columns) {
                double[] values = done.stream().mapToDouble(r -> column.value(r.metrics())).toArray();
                metrics.put(column.name(), MetricSummary.of(values));
            }
            points.add(new PointAggregate(experiment.points().get(i), runs.size(), runs.size() - done.size(), metrics));
        }
        return new Aggregate(experiment, columns, points);
    }

    /** The rows, in point order. */
    public List<PointAggregate> points() {
        return points;
    }

    /** The table as CSV text, header first. */
    public String csv() {
        StringBuilder csv = new StringBuilder();
        List<String> header = new ArrayList<>(List.of("point"));
        header.addAll(experiment.varied());
        header.addAll(List.of("runs", "failed"));
        for (MetricColumn column : columns) {
            String metric = column.name();
            for (String statistic : List.of("n", "mean", "sd", "ci95low", "ci95high")) {
                header.add(metric + "." + statistic);
            }
        }
        csv.append(Csv.line(header));
        for (PointAggregate row : points) {
            List<String> fields = new ArrayList<>();
            fields.add(Integer.toString(row.point().index()));
            fields.addAll(row.point().labels().values());
            fields.add(Integer.toString(row.runs()));
            fields.add(Integer.toString(row.failed()));
            for (MetricSummary summary : row.metrics().values()) {
                fields.add(Integer.toString(summary.n()));
                fields.add(number(summary.mean()));
                fields.add(number(summary.standardDeviation()));
                fields.add(number(summary.ci95Low()));
                fields.add(number(summary.ci95High()));
            }
            csv.append(Csv.line(fields));
        }
        return csv.toString();
    }

    /** An undefined statistic is an empty cell. */
    private static String number(double value) {
        return Double.isNaN(value) ? "" : Csv.value(value);
    }
}
