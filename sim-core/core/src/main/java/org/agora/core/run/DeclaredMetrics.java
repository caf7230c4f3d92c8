package org.agora.core.run;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.agora.core.scenario.Metric;
import org.agora.core.scenario.Scenario;

/**
 * The run-end check that a model's summary has exactly the metrics its scenario declares: the
 * declaration ({@link Scenario#metrics()}) is what {@code describe}, sweeps and result tables rely
 * on, so a metric renamed or added in one place only fails the run instead of silently vanishing
 * from a results table.
 */
final class DeclaredMetrics {

    private DeclaredMetrics() {
    }

    /**
     * @return {@code summary}, if its keys are exactly the declared metrics' names
     * @throws IllegalStateException naming the undeclared and the missing metrics otherwise
     */
    static Map<String, Object> check(Scenario scenario, Map<String, Object> summary) {
        Set<String> declared = new LinkedHashSet<>();
        for (Metric metric : scenario.metrics()) {
            declared.add(metric.name());
        }
        if (declared.equals(summary.keySet())) {
            return summary;
        }
        List<String> undeclared = new ArrayList<>(summary.keySet());
        undeclared.removeAll(declared);
        List<String> missing = new ArrayList<>(declared);
        missing.removeAll(summary.keySet());
        throw new IllegalStateException("the summary of scenario " + scenario.id() + " does not have exactly its declared metrics"
                + (undeclared.isEmpty() ? "" : "; not declared: " + String.join(", ", undeclared))
                + (missing.isEmpty() ? "" : "; declared but missing: " + String.join(", ", missing)));
    }
}
