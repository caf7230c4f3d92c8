package org.agora.core.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.agora.core.config.BadInputException;
import org.agora.core.scenario.ScenarioCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An experiment over several base scenarios: the design runs on each, in a column "scenario". */
class ScenarioListTest {

    @TempDir
    Path dir;

    private Experiment read(String experiment) throws IOException {
        Files.writeString(dir.resolve("restless.yaml"), "scenario: test-walkers\nuntil: 4 s\nparameters: {mood: restless}\n");
        Path file = Files.writeString(dir.resolve("both.yaml"), experiment);
        return new ExperimentFile(ScenarioCatalog.installed()).read(file);
    }

    @Test
    void theDesignRunsOnEachScenarioWhichChangesSlowest() throws IOException {
        Experiment experiment = read("""
                scenario: [test-walkers, restless.yaml]
                grid: {interval: [1, 2]}
                replications: 2
                """);
        assertThat(experiment.varied()).containsExactly("scenario", "interval");
        assertThat(experiment.points()).extracting(ParameterPoint::labels).containsExactly(
                Map.of("scenario", "test-walkers", "interval", "1"), Map.of("scenario", "test-walkers", "interval", "2"),
                Map.of("scenario", "restless", "interval", "1"), Map.of("scenario", "restless", "interval", "2"));
        assertThat(experiment.scenarios()).extracting(s -> s.name()).containsExactly("test-walkers", "restless");
        assertThat(experiment.runCount()).isEqualTo(8);
        PlannedRun calm = experiment.run(1);
        PlannedRun restless = experiment.run(6);
        assertThat(calm.spec().parameters().get("mood")).isEqualTo("calm");
        assertThat(restless.spec().parameters().get("mood")).isEqualTo("restless");
        assertThat(restless.spec().until()).isEqualTo(4);
        assertThat(restless.spec().parameters().get("interval")).isEqualTo(2.0);
        assertThat(restless.varied()).containsEntry("scenario", "restless");
    }

    @Test
    void theFingerprintFollowsEveryScenario() throws IOException {
        String yaml = "scenario: [test-walkers, restless.yaml]\ngrid: {interval: [1, 2]}\nreplications: 2\noutput: "
                + dir.resolve("out") + "\n";
        Experiment experiment = read(yaml);
        String fingerprint = experiment.fingerprint();
        Files.writeString(dir.resolve("restless.yaml"), "scenario: test-walkers\nuntil: 5 s\nparameters: {mood: restless}\n");
        Experiment changed = new ExperimentFile(ScenarioCatalog.installed()).read(dir.resolve("both.yaml"));
        assertThat(changed.fingerprint()).isNotEqualTo(fingerprint);

        SweepOutcome outcome = new LocalSweep(experiment, 2).run(SweepProgress.NONE);
        assertThat(outcome.failed()).isZero();
        List<RunRecord> records = Files.readAllLines(outcome.directory().resolve(SweepDirectory.RESULTS_JSONL)).stream()
                .map(RunRecord::fromJson).toList();
        assertThat(Files.readString(outcome.directory().resolve(SweepDirectory.RESULTS_CSV)))
                .startsWith("run,point,replication,seed,scenario,interval,status");
        assertThat(records).extracting(RunRecord::point).containsOnly(0, 1, 2, 3);
    }

    @Test
    void mistakesNameTheKey() {
        assertThatThrownBy(() -> read("scenario: [test-walkers, test-walkers]\n")).isInstanceOf(BadInputException.class)
                .hasMessageContaining("both.yaml:1: scenario[1]: the scenario 'test-walkers' is listed twice (as scenario[0])");
        assertThatThrownBy(() -> read("scenario: []\n")).isInstanceOf(BadInputException.class)
                .hasMessageContaining("scenario: the list of scenarios is empty");
        assertThatThrownBy(() -> read("scenario: [test-walkers, restless.yaml]\ngrid: {mood: [calm, grumpy]}\n"))
                .isInstanceOf(BadInputException.class).hasMessageContaining("grid.mood[1]: 'grumpy' is not one of calm, restless");
    }
}
