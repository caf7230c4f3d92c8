package org.agora.core.experiment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.agora.core.run.RunStatus;

/**
 * The result of one run of a sweep, as {@code results.jsonl} holds it (one JSON object a line)
 * and {@code results.csv} shows it.
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
        Map<String, Object> metrics, String error, double wallSeconds, String runId, String worker) {

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();
    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {
    };

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
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("run", run);
        json.put("point", point);
        json.put("replication", replication);
        json.put("seed", seed);
        json.put("parameters", parameters);
        json.put("status", status.word());
        json.put("metrics", metrics);
        if (error != null) {
            json.put("error", error);
        }
        json.put("wallSeconds", wallSeconds);
        json.put("runId", runId);
        if (worker != null) {
            json.put("worker", worker);
        }
        try {
            return MAPPER.writeValueAsString(json);
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
        Map<String, Object> json;
        try {
            json = MAPPER.readValue(line, MAP);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON (" + e.getOriginalMessage() + ")");
        }
        if (json == null) {
            throw new IllegalArgumentException("not a JSON object");
        }
        String statusWord = text(json, "status");
        RunStatus status;
        try {
            status = RunStatus.valueOf(statusWord.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown status '" + statusWord + "'");
        }
        return new RunRecord(whole(json, "run").intValue(), whole(json, "point").intValue(),
                whole(json, "replication").intValue(), whole(json, "seed").longValue(), map(json, "parameters"), status,
                map(json, "metrics"), json.get("error") == null ? null : text(json, "error"),
                number(json, "wallSeconds").doubleValue(), text(json, "runId"),
                json.get("worker") == null ? null : text(json, "worker"));
    }

    private static Object field(Map<String, Object> json, String name) {
        Object value = json.get(name);
        if (value == null) {
            throw new IllegalArgumentException("missing field '" + name + "'");
        }
        return value;
    }

    private static Number number(Map<String, Object> json, String name) {
        if (field(json, name) instanceof Number number) {
            return number;
        }
        throw new IllegalArgumentException("field '" + name + "' is not a number");
    }

    private static Number whole(Map<String, Object> json, String name) {
        Number number = number(json, name);
        if (number instanceof Integer || number instanceof Long) {
            return number;
        }
        throw new IllegalArgumentException("field '" + name + "' is not a whole number");
    }

    private static String text(Map<String, Object> json, String name) {
        if (field(json, name) instanceof String text) {
            return text;
        }
        throw new IllegalArgumentException("field '" + name + "' is not a text");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> json, String name) {
        if (field(json, name) instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        throw new IllegalArgumentException("field '" + name + "' is not an object");
    }
}
