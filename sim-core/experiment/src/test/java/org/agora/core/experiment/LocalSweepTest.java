package org.agora.core.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.agora.core.config.BadInputException;
import org.agora.core.run.Simulation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalSweepTest {

    private static final String EXPERIMENT = """
            scenario: test-walkers
            grid:
              mood: [calm, restless]
              interval: [0.5, 1]
            replications: 4
            seed: 11
            """;

    @TempDir
    Path dir;

    private Experiment experiment(String yaml, String output) {
        return Experiments.parse(yaml).withOutput(dir.resolve(output));
    }

    /** A results file without its wall-time column (and the worker, which says where a run ran). */
    static List<String> withoutWallTime(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        if (file.toString().endsWith(".jsonl")) {
            return lines.stream().map(line -> line.replaceAll(",\"wallSeconds\":[0-9.E-]+", "")
                    .replaceAll(",\"worker\":\"[^\"]*\"", "")).toList();
        }
        int column = List.of(lines.get(0).split(",")).indexOf("wallSeconds");
        List<String> stripped = new ArrayList<>();
        for (String line : lines) {
            List<String> fields = new ArrayList<>(List.of(line.split(",", -1)));
            fields.remove(column);
            stripped.add(String.join(",", fields));
        }
        return stripped;
    }

    @Test
    void oneThreadAndTwoThreadsWriteTheSameTables() throws IOException {
        SweepOutcome one = new LocalSweep(experiment(EXPERIMENT, "one"), 1).run(SweepProgress.NONE);
        SweepOutcome two = new LocalSweep(experiment(EXPERIMENT, "two"), 2).run(SweepProgress.NONE);
        assertThat(one.complete()).isTrue();
        assertThat(two.complete()).isTrue();
        assertThat(two.ranNow()).isEqualTo(16);
        for (String file : List.of(SweepDirectory.RESULTS_CSV, SweepDirectory.RESULTS_JSONL)) {
            assertThat(withoutWallTime(two.directory().resolve(file))).isEqualTo(withoutWallTime(one.directory().resolve(file)));
        }
        assertThat(Files.readString(two.directory().resolve(SweepDirectory.AGGREGATE_CSV)))
                .isEqualTo(Files.readString(one.directory().resolve(SweepDirectory.AGGREGATE_CSV)));
        List<String> rows = Files.readAllLines(one.directory().resolve(SweepDirectory.RESULTS_CSV));
        assertThat(rows.get(0)).isEqualTo("run,point,replication,seed,mood,interval,status,steps,meanPosition,wallSeconds,error");
        assertThat(rows).hasSize(17);
        Set<String> positions = new TreeSet<>();
        rows.subList(1, rows.size()).forEach(row -> positions.add(row.split(",")[8]));
        assertThat(positions).as("the metric varies with the seed, so equal tables mean something").hasSizeGreaterThan(4);
    }

    @Test
    void eachRunIsTheSameAsThatScenarioRunAloneWithItsSeed() throws IOException {
        Experiment experiment = experiment(EXPERIMENT, "alone");
        new LocalSweep(experiment, 2).run(SweepProgress.NONE);
        List<String> lines = Files.readAllLines(dir.resolve("alone").resolve(SweepDirectory.RESULTS_JSONL));
        for (int run : new int[] {0, 5, 15}) {
            RunRecord record = RunRecord.fromJson(lines.get(run));
            Map<String, Object> alone = Simulation.of(experiment.run(run).spec()).runToEnd();
            assertThat(record.run()).isEqualTo(run);
            assertThat(record.metrics()).isEqualTo(alone);
            assertThat(record.runId()).isEqualTo(experiment.run(run).spec().runId());
        }
    }

    @Test
    void failedRunsAreRecordedWithTheirErrorAndTheSweepGoesOn() throws IOException {
        Experiment experiment = experiment("""
                scenario: test-walkers
                grid: {failAt: [0, 3]}
                replications: 3
                """, "failing");
        SweepOutcome outcome = new LocalSweep(experiment, 2).run(SweepProgress.NONE);
        assertThat(outcome.complete()).isTrue();
        assertThat(outcome.failed()).isEqualTo(3);
        List<String> rows = Files.readAllLines(outcome.directory().resolve(SweepDirectory.RESULTS_CSV));
        assertThat(rows.subList(1, 4)).allMatch(row -> row.contains(",done,") && row.endsWith(","));
        assertThat(rows.subList(4, 7)).allMatch(row -> row.contains(",failed,,,")
                && row.contains("IllegalStateException: walkers told to fail at 3.0 s"));
        assertThat(outcome.directory().resolve("runs/0004/error.log")).content().contains("at org.agora.core.testing.WalkersScenario");
        List<String> aggregate = Files.readAllLines(outcome.directory().resolve(SweepDirectory.AGGREGATE_CSV));
        assertThat(aggregate.get(0)).startsWith("point,failAt,runs,failed,steps.n,steps.mean,steps.sd");
        assertThat(aggregate.get(1)).startsWith("0,0,3,0,3,30,0,30,30,3,");
        assertThat(aggregate.get(2)).isEqualTo("1,3,3,3,0,,,,,0,,,,");
    }

    @Test
    void aStoppedSweepContinuesWhereItStoppedAndRecordsEveryRunOnce() throws IOException {
        Experiment experiment = experiment(EXPERIMENT, "resumed");
        LocalSweep first = new LocalSweep(experiment, 2);
        SweepOutcome stopped = first.run(new SweepProgress() {
            @Override
            public void started(int runs, int recorded) {
            }

            @Override
            public void recorded(RunRecord record, int recorded, int failed) {
                if (recorded == 5) {
                    first.requestStop();
                }
            }
        });
        assertThat(stopped.complete()).isFalse();
        assertThat(stopped.recorded()).isBetween(5, 6);
        assertThat(stopped.directory().resolve(SweepDirectory.AGGREGATE_CSV)).doesNotExist();
        // a kill in the middle of a write leaves a partial last line behind
        Files.writeString(stopped.directory().resolve(SweepDirectory.RESULTS_JSONL), "{\"run\":15,\"poi",
                java.nio.file.StandardOpenOption.APPEND);

        SweepOutcome resumed = new LocalSweep(experiment, 2).run(SweepProgress.NONE);
        assertThat(resumed.complete()).isTrue();
        assertThat(resumed.recordedBefore()).isEqualTo(stopped.recorded());
        assertThat(resumed.ranNow()).isEqualTo(16 - stopped.recorded());
        List<String> lines = Files.readAllLines(resumed.directory().resolve(SweepDirectory.RESULTS_JSONL));
        assertThat(lines).extracting(line -> RunRecord.fromJson(line).run())
                .containsExactlyElementsOf(java.util.stream.IntStream.range(0, 16).boxed().toList());

        SweepOutcome fresh = new LocalSweep(experiment(EXPERIMENT, "fresh"), 1).run(SweepProgress.NONE);
        assertThat(withoutWallTime(resumed.directory().resolve(SweepDirectory.RESULTS_CSV)))
                .isEqualTo(withoutWallTime(fresh.directory().resolve(SweepDirectory.RESULTS_CSV)));

        SweepOutcome again = new LocalSweep(experiment, 2).run(SweepProgress.NONE);
        assertThat(again.ranNow()).isZero();
        assertThat(again.complete()).isTrue();
    }

    @Test
    void aDirectoryOfAnotherSweepOrOtherFilesIsRefusedUntouched() throws IOException {
        new LocalSweep(experiment(EXPERIMENT, "taken"), 2).run(SweepProgress.NONE);
        String before = Files.readString(dir.resolve("taken").resolve(SweepDirectory.RESULTS_CSV));
        Experiment changed = experiment(EXPERIMENT.replace("replications: 4", "replications: 5"), "taken");
        assertThatThrownBy(() -> new LocalSweep(changed, 1).run(SweepProgress.NONE)).isInstanceOf(BadInputException.class)
                .hasMessage(dir.resolve("taken") + ": holds the results of another sweep (the experiment exp with other "
                        + "settings); choose another output directory (--out) or remove this one");
        assertThat(Files.readString(dir.resolve("taken").resolve(SweepDirectory.RESULTS_CSV))).isEqualTo(before);

        Files.createDirectories(dir.resolve("papers"));
        Files.writeString(dir.resolve("papers/draft.txt"), "precious");
        assertThatThrownBy(() -> new LocalSweep(experiment(EXPERIMENT, "papers"), 1).run(SweepProgress.NONE))
                .isInstanceOf(BadInputException.class).hasMessageContaining("exists and is not a sweep's output directory");
        assertThat(dir.resolve("papers")).isDirectoryContaining(p -> p.getFileName().toString().equals("draft.txt"));
    }

    @Test
    void runEventsGiveEachRunItsOwnRunDirectory() throws IOException {
        Experiment experiment = experiment("scenario: test-walkers\ngrid: {mood: [calm, restless]}\nevents: true\n", "events");
        SweepOutcome outcome = new LocalSweep(experiment, 2).run(SweepProgress.NONE);
        assertThat(outcome.complete()).isTrue();
        for (String run : List.of("0000", "0001")) {
            Path runDirectory = outcome.directory().resolve("runs").resolve(run);
            assertThat(runDirectory.resolve("events.jsonl")).isNotEmptyFile();
            assertThat(runDirectory.resolve("manifest.json")).content().contains("\"status\" : \"done\"");
        }
        assertThat(Files.readString(outcome.directory().resolve("runs/0001/events.jsonl")))
                .contains(experiment.run(1).spec().runId());
    }

    @Test
    void withoutTheVizModuleTheSweepSaysWhyItDrewNoCharts() {
        SweepOutcome outcome = new LocalSweep(experiment(EXPERIMENT, "nocharts"), 2).run(SweepProgress.NONE);
        assertThat(outcome.charts().files()).isEmpty();
        assertThat(outcome.charts().note()).isEqualTo("no charts: the viz module is not installed");
    }
}
