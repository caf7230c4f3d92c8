package org.agora.core.kafka;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.agora.core.sink.EventJsonCodec;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;

/**
 * The headers of every record of one run: {@value #RUN}, {@value #SCENARIO}, {@value #SEED},
 * {@value #TYPE} and {@value #SCHEMA_VERSION}, as UTF-8 text. A consumer can pick a run or a
 * type from them without reading the value. Header lists are made once per event type.
 * Threading: one instance per sink, used on the simulation thread.
 */
public final class RecordLabels {

    public static final String RUN = "run";
    public static final String SCENARIO = "scenario";
    public static final String SEED = "seed";
    public static final String TYPE = "type";
    public static final String SCHEMA_VERSION = "v";

    private final String runId;
    private final String scenario;
    private final long seed;
    private final Header run;
    private final Header scenarioHeader;
    private final Header seedHeader;
    private final Header version = new RecordHeader(SCHEMA_VERSION, utf8(Integer.toString(EventJsonCodec.SCHEMA_VERSION)));
    private final Map<String, List<Header>> byType = new HashMap<>();

    public RecordLabels(String runId, String scenario, long seed) {
        this.runId = runId;
        this.scenario = scenario;
        this.seed = seed;
        this.run = new RecordHeader(RUN, utf8(runId));
        this.scenarioHeader = new RecordHeader(SCENARIO, utf8(scenario));
        this.seedHeader = new RecordHeader(SEED, utf8(Long.toString(seed)));
    }

    public String runId() {
        return runId;
    }

    public String scenario() {
        return scenario;
    }

    public long seed() {
        return seed;
    }

    /** The headers of a record of this event type (a shared, read-only list). */
    public List<Header> headers(String type) {
        List<Header> headers = byType.get(type);
        if (headers == null) {
            headers = List.of(run, scenarioHeader, seedHeader, new RecordHeader(TYPE, utf8(type)), version);
            byType.put(type, headers);
        }
        return headers;
    }

    /** A header's value as text, or null if the record has no such header. */
    public static String text(org.apache.kafka.common.header.Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
