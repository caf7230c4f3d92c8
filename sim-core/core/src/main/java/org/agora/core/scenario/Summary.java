package org.agora.core.scenario;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A run's summary being written: each value keyed by its declared {@link Metric} (never by a
 * string), in the order it is put, which is the order of summary.json. Written once per run or
 * episode (the societies write one per episode), so each put costs one identity lookup and one
 * insertion. Not thread-safe; made by {@link MetricSet#summary()}.
 */
public final class Summary {

    private final MetricSet declared;
    private final Map<String, Object> values;

    Summary(MetricSet declared) {
        this.declared = declared;
        this.values = new LinkedHashMap<>(2 * declared.size());
    }

    /**
     * Sets {@code metric}'s value (null: not applicable in this run).
     *
     * @return this summary
     * @throws IllegalArgumentException if the metric is not one of the set's, or already has a value
     */
    public Summary put(Metric metric, Object value) {
        if (!declared.contains(metric)) {
            throw new IllegalArgumentException("metric " + metric.name() + " is not declared in this summary's set");
        }
        int before = values.size();
        Object earlier = values.put(metric.name(), value);
        if (values.size() == before) {
            values.put(metric.name(), earlier);
            throw new IllegalArgumentException("metric " + metric.name() + " is written twice");
        }
        return this;
    }

    /**
     * Metric name → value, in the order put: the summary's own map, handed over to the caller
     * (what a model's {@code summary()} returns), not a copy.
     */
    public Map<String, Object> asMap() {
        return values;
    }
}
