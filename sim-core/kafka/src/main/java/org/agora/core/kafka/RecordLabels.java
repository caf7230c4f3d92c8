package org.agora.core.kafka;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.agora.core.sink.EventJsonCodec;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeader;

/**
 * The headers of every record of one execution of a run: {@value #RUN}, {@value #EXECUTION},
 * {@value #SCENARIO}, {@value #SEED}, {@value #TYPE} and {@value #SCHEMA_VERSION}, as UTF-8 text.
 * A consumer can pick a run, an execution or a type from them without reading the value.
 *
 * <p>The run id is derived from the scenario, its parameters and the seed (so that events.jsonl
 * is byte-identical for a seed); two executions of one run in a topic share it. The execution
 * id tells them apart: a random UUID made when the run starts, carried only by the records'
 * headers, the run's manifest and its spool's metadata (a resend keeps it), never by the events.
 *
 * <p>The headers that do not change in a run are made once; the headers of a record are made once
 * per event type, read-only, and shared by every record of that type ({@link SharedHeaders}: each
 * record hands Kafka the same headers and the same array, nothing is copied per record).
 * Threading: confined to one thread at a time (the sink's).
 */
public final class RecordLabels {

    public static final String RUN = "run";
    public static final String SCENARIO = "scenario";
    public static final String SEED = "seed";
    public static final String TYPE = "type";
    public static final String SCHEMA_VERSION = "v";
    public static final String EXECUTION = "execution";

    private final String runId;
    private final String execution;
    private final String scenario;
    private final long seed;
    private final Header run;
    private final Header scenarioHeader;
    private final Header seedHeader;
    private final Header executionHeader;
    private final Header version = new RecordHeader(SCHEMA_VERSION, utf8(Integer.toString(EventJsonCodec.SCHEMA_VERSION)));
    private final Map<String, Headers> byType = new HashMap<>();
    /** The type of the last record and its headers: a run's events come in runs of one type, named by one String each. */
    private String lastType;
    private Headers lastHeaders;

    /**
     * @param execution the execution id; null for a spool written before executions had ids
     *     (its records then carry no {@value #EXECUTION} header)
     */
    public RecordLabels(String runId, String scenario, long seed, String execution) {
        this.runId = runId;
        this.scenario = scenario;
        this.seed = seed;
        this.execution = execution;
        this.run = new RecordHeader(RUN, utf8(runId));
        this.scenarioHeader = new RecordHeader(SCENARIO, utf8(scenario));
        this.seedHeader = new RecordHeader(SEED, utf8(Long.toString(seed)));
        this.executionHeader = execution == null ? null : new RecordHeader(EXECUTION, utf8(execution));
    }

    /** The labels of a new execution of a run: a fresh random execution id. */
    public static RecordLabels newExecution(String runId, String scenario, long seed) {
        return new RecordLabels(runId, scenario, seed, UUID.randomUUID().toString());
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

    /** The execution id, or null (a spool written before executions had ids). */
    public String execution() {
        return execution;
    }

    /**
     * The headers of a record of this event type: shared by every record of the type, read-only;
     * their {@code toArray()} is shared too, to be read and never written.
     */
    public Headers headers(String type) {
        if (type == lastType) {
            return lastHeaders;
        }
        Headers headers = byType.get(type);
        if (headers == null) {
            Header typeHeader = new RecordHeader(TYPE, utf8(type));
            headers = new SharedHeaders(executionHeader == null
                    ? new Header[] {run, scenarioHeader, seedHeader, typeHeader, version}
                    : new Header[] {run, executionHeader, scenarioHeader, seedHeader, typeHeader, version});
            byType.put(type, headers);
        }
        lastType = type;
        lastHeaders = headers;
        return headers;
    }

    /** A header's value as text, or null if the record has no such header. */
    public static String text(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
