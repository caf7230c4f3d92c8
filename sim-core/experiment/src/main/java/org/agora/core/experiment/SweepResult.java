package org.agora.core.experiment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import org.agora.core.config.JsonMapping;

/**
 * One run's result, as the results topic carries it: the sweep's id and the {@link RunRecord}.
 *
 * @param sweep the sweep's id
 * @param record the run's record
 */
record SweepResult(String sweep, RunRecord record) {

    String key() {
        return SweepJob.key(sweep, record.run());
    }

    byte[] toJson() {
        ObjectNode json = JsonMapping.mapper().createObjectNode().put("v", SweepJob.VERSION).put("sweep", sweep);
        json.set("result", JsonMapping.mapper().valueToTree(record));
        try {
            return JsonMapping.mapper().writeValueAsBytes(json);
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
            json = JsonMapping.mapper().readTree(bytes);
        } catch (IOException e) {
            throw new IllegalArgumentException("not JSON");
        }
        if (json == null || json.path("v").asInt() != SweepJob.VERSION || !json.path("sweep").isTextual()
                || !json.path("result").isObject()) {
            throw new IllegalArgumentException("not a result of version " + SweepJob.VERSION);
        }
        return new SweepResult(json.get("sweep").asText(), RunRecord.fromJson(json.get("result")));
    }
}
