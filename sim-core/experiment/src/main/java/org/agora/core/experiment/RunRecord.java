package org.agora.core.experiment;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.agora.core.config.JsonMapping;
import org.agora.core.run.RunStatus;

/**
 * The result of one run of a sweep, as {@code results.jsonl} holds it (one JSON object a line,
 * bound by {@link JsonMapping}: the components in order, the status as its word, no error or
 * worker when there is none) and {@code results.csv} shows it.
 *
 * @param run the run's index in the experiment
 * @param point its parameter point's index
 * @param replication its replication at that point, from 0
 * @param seed its seed
 * @param parameters the varied parameters' values, by name
 * @param status {@link RunStatus#DONE} or {@link RunStatus#FAILED}
 * @param metrics the collected metrics by name (empty if the run failed)
 * @param error why the run failed, one line; null if it did not
 * @param wallSeconds how long the run took, in wall-clock seconds (the only field that differs
 *     between two sweeps of one experiment)
 * @param runId the run id its events carry ({@code ScenarioSpec.runId()})
 * @param worker which worker ran it ({@code host/pid}), in distributed sweeps; null otherwise
 */
public record RunRecord(int run, int point, int replication, long seed, Map<String, Object> parameters, RunStatus status,
        Map<String, Object> metrics, @JsonInclude(JsonInclude.Include.NON_NULL) String error, double wallSeconds, String runId,
        @JsonInclude(JsonInclude.Include.NON_NULL) String worker) {

    /** The fields a record may lack: a run that did not fail has no error, a local one no worker. */
    private static final Set<String> OPTIONAL = Set.of("error", "worker");

    public RunRecord {
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
        if (status != RunStatus.DONE && status != RunStatus.FAILED) {
            throw new IllegalArgumentException("a recorded run is done or failed, not " + status.word());
        }
    }

    public boolean done() {
        return status == RunStatus.DONE;
    }

    /** The same record, marked as run by {@code newWorker}. */
    public RunRecord withWorker(String newWorker) {
        return new RunRecord(run, point, replication, seed, parameters, status, metrics, error, wallSeconds, runId, newWorker);
    }

    /** The record as one line of JSON (without the line end), fields in a fixed order. */
    public String toJson() {
        try {
            return JsonMapping.mapper().writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("a metric of run " + run + " cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Reads a record written by {@link #toJson()}.
     *
     * @throws IllegalArgumentException saying what is wrong if it is not one
     */
    public static RunRecord fromJson(String line) {
        JsonNode json;
        try {
            json = JsonMapping.mapper().readTree(line);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON (" + e.getOriginalMessage() + ")");
        }
        return fromJson(json);
    }

    /**
     * Reads a record from its JSON object.
     *
     * @throws IllegalArgumentException saying what is wrong if it is not one
     */
    public static RunRecord fromJson(JsonNode json) {
        if (json == null || !json.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        return JsonMapping.bind(json, RunRecord.class, OPTIONAL);
    }
}
