package org.agora.core.experiment;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The runs recorded at one parameter point, summarized.
 *
 * @param point the point
 * @param runs how many of its runs are recorded
 * @param failed how many of those failed
 * @param metrics each metric's summary over the point's runs that are done, by column name ({@code metric},
 *     or {@code metric.entry} for the entries of a map metric)
 */
public record PointAggregate(ParameterPoint point, int runs, int failed, Map<String, MetricSummary> metrics) {

    public PointAggregate {
        metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
    }
}
