package org.agora.core.experiment;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.agora.core.scenario.Metric;

/**
 * One number a sweep summarizes for each run: a metric whose value is a number (or true/false),
 * or one entry of a metric whose value is a map of names to numbers (the small cells report
 * {@code outageTime} per allocator: its columns are {@code outageTime.market},
 * {@code outageTime.optimum}, …). Entries that are never numbers (lists, texts) have no column.
 *
 * @param metric the scenario's metric
 * @param entry the map entry, or null for a metric that is a number
 */
public record MetricColumn(Metric metric, String entry) {

    /** The column's name: the metric's, or {@code metric.entry}. */
    public String name() {
        return entry == null ? metric.name() : metric.name() + "." + entry;
    }

    /** This column's value in a run's metrics, as a number; NaN if it has none. */
    public double value(Map<String, Object> metrics) {
        Object value = metrics.get(metric.name());
        if (entry != null) {
            value = value instanceof Map<?, ?> map ? map.get(entry) : null;
        }
        return MetricSummary.numeric(value);
    }

    /**
     * The columns of {@code metrics} in these runs: one per metric, or, for a metric whose values
     * are maps, one per entry that is a number in some run, in the order the entries first appear.
     * A map metric without any numeric entry keeps one (empty) column of its own name.
     */
    public static List<MetricColumn> of(List<Metric> metrics, Collection<RunRecord> records) {
        List<MetricColumn> columns = new ArrayList<>();
        for (Metric metric : metrics) {
            Set<String> entries = new LinkedHashSet<>();
            for (RunRecord record : records) {
                if (record.done() && record.metrics().get(metric.name()) instanceof Map<?, ?> map) {
                    map.forEach((key, value) -> {
                        if (Double.isFinite(MetricSummary.numeric(value))) {
                            entries.add(String.valueOf(key));
                        }
                    });
                }
            }
            if (entries.isEmpty()) {
                columns.add(new MetricColumn(metric, null));
            } else {
                entries.forEach(entry -> columns.add(new MetricColumn(metric, entry)));
            }
        }
        return columns;
    }
}
