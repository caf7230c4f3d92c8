package org.agora.core.run;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.agora.core.scenario.Metric;

/**
 * {@code summary.json}: the scenario's metrics by name, followed by {@value #UNITS}, a map from
 * each metric present that has a unit to that unit ({@code "survivalTime": "months"}), so that a
 * reader of the file alone knows what the numbers measure.
 */
public final class SummaryFile {

    /** The key of the units map; no metric may be called so. */
    public static final String UNITS = "units";

    private SummaryFile() {
    }

    /** Writes the summary and its units atomically. */
    public static void write(Path file, Map<String, Object> summary, List<Metric> metrics) {
        JsonFiles.write(file, withUnits(summary, metrics));
    }

    /** The summary followed by the units of the metrics it has. */
    public static Map<String, Object> withUnits(Map<String, Object> summary, List<Metric> metrics) {
        Map<String, String> units = new LinkedHashMap<>();
        for (Metric metric : metrics) {
            if (summary.containsKey(metric.name()) && !metric.unit().isEmpty()) {
                units.put(metric.name(), metric.unit());
            }
        }
        Map<String, Object> file = new LinkedHashMap<>(summary);
        file.put(UNITS, units);
        return file;
    }
}
