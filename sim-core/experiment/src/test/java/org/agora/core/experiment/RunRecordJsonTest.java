package org.agora.core.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.agora.core.run.RunStatus;
import org.junit.jupiter.api.Test;

/** The wire and file forms of sweep records, jobs and results, pinned: other installations read them. */
class RunRecordJsonTest {

    private static final RunRecord DONE = new RunRecord(3, 1, 1, 42, Map.of("mood", "calm"), RunStatus.DONE,
            Map.of("meanPosition", 0.1 + 0.2), null, 1.25, "test-walkers-s42-abcd", "host/7");

    @Test
    void aRecordIsOneLineWithItsFieldsInOrderAndNoNulls() {
        assertThat(DONE.toJson()).isEqualTo("{\"run\":3,\"point\":1,\"replication\":1,\"seed\":42,\"parameters\":{\"mood\":\"calm\"},"
                + "\"status\":\"done\",\"metrics\":{\"meanPosition\":0.30000000000000004},\"wallSeconds\":1.25,"
                + "\"runId\":\"test-walkers-s42-abcd\",\"worker\":\"host/7\"}");
        RunRecord failed = new RunRecord(0, 0, 0, 1, Map.of(), RunStatus.FAILED, Map.of(), "boom", 0.5, "r", null);
        assertThat(failed.toJson()).isEqualTo("{\"run\":0,\"point\":0,\"replication\":0,\"seed\":1,\"parameters\":{},"
                + "\"status\":\"failed\",\"metrics\":{},\"error\":\"boom\",\"wallSeconds\":0.5,\"runId\":\"r\"}");
        assertThat(RunRecord.fromJson(failed.toJson())).isEqualTo(failed);
        assertThat(RunRecord.fromJson(DONE.toJson())).isEqualTo(DONE);
    }

    @Test
    void aLineThatIsNotARecordSaysWhichFieldIsWrong() {
        String line = DONE.toJson();
        assertThat(message(line.replace("\"run\":3,", ""))).isEqualTo("missing field 'run'");
        assertThat(message(line.replace("\"run\":3", "\"run\":3.5"))).isEqualTo("field 'run' is not a whole number");
        assertThat(message(line.replace("\"seed\":42", "\"seed\":\"x\""))).isEqualTo("field 'seed' is not a number");
        assertThat(message(line.replace("\"runId\":\"test-walkers-s42-abcd\"", "\"runId\":7"))).isEqualTo("field 'runId' is not a text");
        assertThat(message(line.replace("\"parameters\":{\"mood\":\"calm\"}", "\"parameters\":[]")))
                .isEqualTo("field 'parameters' is not an object");
        assertThat(message(line.replace("\"done\"", "\"finished\""))).isEqualTo("unknown status 'finished'");
        assertThat(message(line.replace("\"done\"", "\"running\""))).isEqualTo("a recorded run is done or failed, not running");
        assertThat(message("[1]")).isEqualTo("not a JSON object");
        assertThat(message("{")).startsWith("not JSON (");
        assertThat(RunRecord.fromJson(line.replace("{\"run\"", "{\"later\":true,\"run\""))).as("unknown fields are passed over")
                .isEqualTo(DONE);
    }

    @Test
    void aJobIsItsVersionThenItsFieldsInOrder() {
        Map<String, Object> varied = new LinkedHashMap<>();
        varied.put("interval", 0.25);
        varied.put("mood", "calm");
        SweepJob job = new SweepJob("exp-1", 6, 3, 0, 99, varied, List.of("steps"), 8, false, "test-walkers-s99-abcd",
                "walkers", "{\"scenario\":\"test-walkers\"}");
        String json = new String(job.toJson(), StandardCharsets.UTF_8);
        assertThat(json).isEqualTo("{\"v\":1,\"sweep\":\"exp-1\",\"run\":6,\"point\":3,\"replication\":0,\"seed\":99,"
                + "\"varied\":{\"interval\":0.25,\"mood\":\"calm\"},\"metrics\":[\"steps\"],\"runs\":8,\"events\":false,"
                + "\"runId\":\"test-walkers-s99-abcd\",\"name\":\"walkers\",\"scenario\":\"{\\\"scenario\\\":\\\"test-walkers\\\"}\"}");
        assertThat(SweepJob.fromJson(job.toJson())).isEqualTo(job);
        assertThatThrownBy(() -> SweepJob.fromJson(json.replace("\"events\":false", "\"events\":\"no\"").getBytes(StandardCharsets.UTF_8)))
                .hasMessage("a field of the job has the wrong type");
    }

    @Test
    void aResultEmbedsItsRecordAsTheRecordWritesIt() {
        String json = new String(new SweepResult("exp-1", DONE).toJson(), StandardCharsets.UTF_8);
        assertThat(json).isEqualTo("{\"v\":1,\"sweep\":\"exp-1\",\"result\":" + DONE.toJson() + "}");
    }

    private static String message(String line) {
        try {
            RunRecord.fromJson(line);
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        throw new AssertionError("read: " + line);
    }
}
