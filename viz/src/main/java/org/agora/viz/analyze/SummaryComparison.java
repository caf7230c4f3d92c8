package org.agora.viz.analyze;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.agora.core.run.JsonFiles;
import org.agora.core.run.SummaryFile;

/**
 * The recomputed summary set against the run's own {@code summary.json}: equal, or the metrics that
 * differ (compared as JSON, the form both are written in).
 */
public record SummaryComparison(boolean equal, List<String> differences) {

    /** Compares {@code recomputed} with the summary file of the run. */
    public static SummaryComparison of(Map<String, Object> recomputed, Path summaryFile) {
        JsonNode own;
        JsonNode mine;
        try {
            own = JsonFiles.mapper().readTree(summaryFile.toFile());
            mine = JsonFiles.mapper().readTree(JsonFiles.mapper().writeValueAsString(recomputed));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + summaryFile, e);
        }
        List<String> differences = new ArrayList<>();
        for (Iterator<String> names = own.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (name.equals(SummaryFile.UNITS)) {
                continue;
            }
            if (!mine.has(name)) {
                differences.add(name + ": missing (summary.json has " + own.get(name) + ")");
            } else if (!mine.get(name).equals(own.get(name))) {
                differences.add(name + ": " + mine.get(name) + " (summary.json has " + own.get(name) + ")");
            }
        }
        for (Iterator<String> names = mine.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!own.has(name)) {
                differences.add(name + ": not in summary.json");
            }
        }
        return new SummaryComparison(differences.isEmpty(), List.copyOf(differences));
    }

    /** One line. */
    public String describe() {
        return equal ? "equal" : String.join("; ", differences);
    }
}
