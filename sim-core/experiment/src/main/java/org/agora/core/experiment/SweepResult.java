package org.agora.core.experiment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * One run's result, as the results topic carries it: the sweep's id and the {@link RunRecord}.
 *
 * @param sweep the sweep's id
 * @param record the run's record
 */
record SweepResult(String sweep, RunRecord record) {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    String key() {
        return SweepJob.key(sweep, record.run());
    }

    byte[] toJson() {
        try {
            // the record's own JSON, embedded as it is, so that the coordinator reads what the worker wrote
            String sweepText = JSON.writeValueAsString(sweep);
            return ("{\"v\":" + SweepJob.VERSION + ",\"sweep\":" + sweepText + ",\"result\":" + record.toJson() + "}")
                    .getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Reads a result.
     *
     * @throws IllegalArgumentException saying what is wrong if it is not one
     */
    static SweepResult fromJson(byte[] bytes) {
        JsonNode json;
        try {
            json = JSON.readTree(bytes);
        } catch (IOException e) {
            throw new IllegalArgumentException("not JSON");
        }
        if (json == null || json.path("v").asInt() != SweepJob.VERSION || !json.path("sweep").isTextual()
                || !json.path("result").isObject()) {
            throw new IllegalArgumentException("not a result of version " + SweepJob.VERSION);
        }
        return new SweepResult(json.get("sweep").asText(), RunRecord.fromJson(json.get("result").toString()));
    }
}
