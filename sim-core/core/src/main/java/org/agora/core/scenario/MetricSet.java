package org.agora.core.scenario;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The metrics a scenario reports, each declared once as a {@link Metric} constant that enters the
 * set where it is declared and keys its value where the summary is written:
 *
 * <pre>{@code
 * static final MetricSet METRICS = new MetricSet();
 * static final Metric SERVED = METRICS.declare("served", "", "customers whose service began");
 * ...
 * public List<Metric> metrics() { return METRICS.all(); }
 * ...
 * Summary summary = METRICS.summary();
 * summary.put(SERVED, served);
 * return summary.asMap();
 * }</pre>
 *
 * Renaming a metric is then one edit, and the run-end check that a summary has exactly the
 * declared metrics ({@code DeclaredMetrics}) catches one left out. Declaring belongs to the class
 * initializer; afterwards the set is read-only and may be shared between threads.
 */
public final class MetricSet {

    private final List<Metric> metrics = new ArrayList<>();
    /** The declared constants themselves: a summary takes these, not an equal metric made elsewhere. */
    private final Map<Metric, Boolean> constants = new IdentityHashMap<>();

    /**
     * Declares a metric.
     *
     * @param name its key in summary.json
     * @param unit its unit, or empty
     * @param description one line
     * @return the metric, to be kept as the constant its value is written with
     * @throws IllegalArgumentException if a metric of that name is already declared
     */
    public Metric declare(String name, String unit, String description) {
        for (Metric metric : metrics) {
            if (metric.name().equals(name)) {
                throw new IllegalArgumentException("metric declared twice: " + name);
            }
        }
        Metric metric = new Metric(name, unit, description);
        metrics.add(metric);
        constants.put(metric, Boolean.TRUE);
        return metric;
    }

    /** The declared metrics, in order. */
    public List<Metric> all() {
        return List.copyOf(metrics);
    }

    /** Whether {@code metric} is one of the constants this set declared. */
    public boolean contains(Metric metric) {
        return constants.containsKey(metric);
    }

    /** How many metrics are declared. */
    public int size() {
        return metrics.size();
    }

    /** An empty summary that takes values of these metrics only. */
    public Summary summary() {
        return new Summary(this);
    }
}
