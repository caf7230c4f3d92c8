package org.agora.core.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.agora.core.run.RunStatus;
import org.agora.core.scenario.ScenarioCatalog;
import org.junit.jupiter.api.Test;

class SweepJobTest {

    private static final Experiment EXPERIMENT = Experiments.parse("""
            scenario: test-walkers
            grid: {mood: [calm, restless], interval: [0.25, 1.5]}
            replications: 2
            until: 4 s
            """);

    @Test
    void aJobCarriesItsRunToAnotherInstallationIntact() {
        PlannedRun planned = EXPERIMENT.run(6);
        SweepJob job = SweepJob.fromJson(SweepJob.of("exp-1234", EXPERIMENT, planned).toJson());
        assertThat(job.key()).isEqualTo("exp-1234/6");
        assertThat(job.metrics()).containsExactly("steps", "meanPosition");
        PlannedRun resolved = job.resolve(ScenarioCatalog.installed());
        assertThat(resolved.spec().runId()).isEqualTo(planned.spec().runId());
        assertThat(resolved.spec().until()).isEqualTo(4);
        assertThat(resolved.varied()).isEqualTo(planned.varied());
        RunRecord there = RunExecutor.of(EXPERIMENT).execute(resolved).orElseThrow();
        RunRecord here = RunExecutor.of(EXPERIMENT).execute(planned).orElseThrow();
        assertThat(there.toJson().replaceAll("\"wallSeconds\":[^,]+", "")).isEqualTo(here.toJson().replaceAll("\"wallSeconds\":[^,]+", ""));
    }

    @Test
    void aJobResolvedToAnotherRunIsRefusedWithBothRunIds() {
        SweepJob job = SweepJob.of("exp-1234", EXPERIMENT, EXPERIMENT.run(1));
        SweepJob tampered = new SweepJob(job.sweep(), job.run(), job.point(), job.replication(), job.seed(), job.varied(),
                job.metrics(), job.runs(), job.events(), "test-walkers-s1-00000000", job.name(), job.scenario());
        assertThatThrownBy(() -> tampered.resolve(ScenarioCatalog.installed())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("this worker resolves the run to " + job.runId() + ", the coordinator to test-walkers-s1-00000000"
                        + " (are they different versions of Agora?)");
        SweepJob unknown = new SweepJob(job.sweep(), job.run(), job.point(), job.replication(), job.seed(), job.varied(),
                job.metrics(), job.runs(), job.events(), job.runId(), job.name(), job.scenario().replace("test-walkers", "test-runners"));
        assertThatThrownBy(() -> unknown.resolve(ScenarioCatalog.installed())).hasMessageContaining("this worker cannot read the run: ")
                .hasMessageContaining("unknown scenario 'test-runners'");
    }

    @Test
    void messagesThatAreNotJobsOrResultsAreRefused() {
        assertThatThrownBy(() -> SweepJob.fromJson("hello".getBytes(StandardCharsets.UTF_8))).hasMessageStartingWith("not JSON");
        assertThatThrownBy(() -> SweepJob.fromJson("{\"v\":2}".getBytes(StandardCharsets.UTF_8))).hasMessage("not a job of version 1");
        assertThatThrownBy(() -> SweepJob.fromJson("{\"v\":1,\"sweep\":\"s\"}".getBytes(StandardCharsets.UTF_8)))
                .hasMessage("the job has no 'run'");
        assertThatThrownBy(() -> SweepResult.fromJson("[]".getBytes(StandardCharsets.UTF_8))).hasMessage("not a result of version 1");
    }

    @Test
    void aResultCarriesItsRecordExactly() {
        RunRecord record = new RunRecord(3, 1, 1, 42, Map.of("mood", "calm"), RunStatus.DONE,
                Map.of("meanPosition", 0.1 + 0.2), null, 1.25, "test-walkers-s42-abcd", "host/7");
        SweepResult result = SweepResult.fromJson(new SweepResult("exp-1", record).toJson());
        assertThat(result.sweep()).isEqualTo("exp-1");
        assertThat(result.key()).isEqualTo("exp-1/3");
        assertThat(result.record()).isEqualTo(record);
        assertThat(result.record().metrics().get("meanPosition")).isEqualTo(0.30000000000000004);
    }
}
