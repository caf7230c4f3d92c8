package org.agora.core.experiment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.agora.core.config.BadInputException;
import org.agora.core.config.JsonMapping;
import org.agora.core.scenario.ScenarioCatalog;
import org.agora.core.scenario.ScenarioSpec;

/**
 * One run of a distributed sweep, as the jobs topic carries it (bound by {@link JsonMapping}, after
 * the message format's version {@code v}): everything a worker needs, with
 * the scenario as a scenario file ({@link ScenarioDocument}), so that a worker on another machine
 * needs nothing from the coordinator's disk.
 *
 * @param sweep the sweep's id
 * @param run the run's index
 * @param point its point's index
 * @param replication its replication
 * @param seed its seed
 * @param varied the varied parameters' values
 * @param metrics the metrics to collect
 * @param runs the sweep's number of runs (sets the width of run directory names)
 * @param events whether the run writes a run directory with its events
 * @param runId the run id the coordinator resolved the scenario to; a worker must resolve it to the same
 * @param name the base scenario's name
 * @param scenario the scenario document
 */
public record SweepJob(String sweep, int run, int point, int replication, long seed, Map<String, Object> varied,
        List<String> metrics, int runs, boolean events, String runId, String name, String scenario) {

    /** The version of the message format; a worker refuses others. */
    static final int VERSION = 1;

    public SweepJob {
        varied = Collections.unmodifiableMap(new LinkedHashMap<>(varied));
        metrics = List.copyOf(metrics);
    }

    /** The job of {@code run} in the sweep {@code sweep} of {@code experiment}. */
    static SweepJob of(String sweep, Experiment experiment, PlannedRun run) {
        return new SweepJob(sweep, run.run(), run.point(), run.replication(), run.seed(), run.varied(),
                experiment.metricNames(), experiment.runCount(), experiment.runEvents(), run.spec().runId(),
                run.spec().name(), ScenarioDocument.of(run.spec()));
    }

    /** The message key of a sweep's run, in both topics: {@code SWEEP/RUN}. */
    static String key(String sweep, int run) {
        return sweep + "/" + run;
    }

    public String key() {
        return key(sweep, run);
    }

    /**
     * The run, resolved by this installation.
     *
     * @throws IllegalArgumentException if this installation cannot resolve it, or resolves it to another run
     */
    PlannedRun resolve(ScenarioCatalog catalog) {
        ScenarioSpec spec;
        try {
            spec = ScenarioDocument.read(scenario, "job " + key(), name, catalog);
        } catch (BadInputException e) {
            throw new IllegalArgumentException("this worker cannot read the run: " + e.getMessage());
        }
        if (!spec.runId().equals(runId)) {
            throw new IllegalArgumentException("this worker resolves the run to " + spec.runId() + ", the coordinator to "
                    + runId + " (are they different versions of Agora?)");
        }
        return new PlannedRun(run, point, replication, seed, varied, spec);
    }

    byte[] toJson() {
        ObjectNode json = JsonMapping.mapper().createObjectNode().put("v", VERSION);
        json.setAll((ObjectNode) JsonMapping.mapper().valueToTree(this));
        try {
            return JsonMapping.mapper().writeValueAsBytes(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a job cannot be written as JSON", e);
        }
    }

    /**
     * Reads a job.
     *
     * @throws IllegalArgumentException saying what is wrong if it is not one
     */
    static SweepJob fromJson(byte[] bytes) {
        JsonNode json;
        try {
            json = JsonMapping.mapper().readTree(bytes);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("not JSON: " + new String(bytes, 0, Math.min(bytes.length, 80), StandardCharsets.UTF_8));
        }
        if (json == null || json.path("v").asInt() != VERSION || !json.path("v").isInt()) {
            throw new IllegalArgumentException("not a job of version " + VERSION);
        }
        try {
            return JsonMapping.bind(json, SweepJob.class, Set.of());
        } catch (JsonMapping.BindingException e) {
            throw new IllegalArgumentException(e.missing() ? "the job has no '" + e.field() + "'" : "a field of the job has the wrong type");
        }
    }
}
