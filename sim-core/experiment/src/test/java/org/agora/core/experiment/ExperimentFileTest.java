package org.agora.core.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.agora.core.config.BadInputException;
import org.agora.core.kernel.RandomStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExperimentFileTest {

    @TempDir
    Path dir;

    private static List<Map<String, String>> labels(Experiment experiment) {
        return experiment.points().stream().map(ParameterPoint::labels).toList();
    }

    @Test
    void aGridIsEveryCombinationWithTheFirstParameterChangingSlowest() {
        Experiment experiment = Experiments.parse("""
                scenario: test-walkers
                grid:
                  mood: [calm, restless]
                  interval: {from: 0.5, to: 1.5, step: 0.5}
                replications: 3
                """);
        assertThat(experiment.varied()).containsExactly("mood", "interval");
        assertThat(labels(experiment)).containsExactly(
                Map.of("mood", "calm", "interval", "0.5"), Map.of("mood", "calm", "interval", "1"),
                Map.of("mood", "calm", "interval", "1.5"), Map.of("mood", "restless", "interval", "0.5"),
                Map.of("mood", "restless", "interval", "1"), Map.of("mood", "restless", "interval", "1.5"));
        assertThat(experiment.runCount()).isEqualTo(18);
        PlannedRun run = experiment.run(7);
        assertThat(run.point()).isEqualTo(2);
        assertThat(run.replication()).isEqualTo(1);
        assertThat(run.spec().parameters().get("interval")).isEqualTo(1.5);
        assertThat(run.spec().parameters().get("mood")).isEqualTo("calm");
        assertThat(run.spec().seed()).isEqualTo(run.seed());
    }

    @Test
    void rangesAreExactDecimalsWithBothEndsIncluded() {
        Experiment experiment = Experiments.parse("""
                scenario: test-walkers
                grid: {interval: {from: 0.1, to: 0.7, step: 0.3}}
                """);
        assertThat(experiment.points()).extracting(p -> p.varied().get("interval")).containsExactly(0.1, 0.4, 0.7);
        Experiment durations = Experiments.parse("""
                scenario: test-walkers
                grid: {interval: {from: 250 ms, to: 1 s, step: 250 ms}}
                """);
        assertThat(durations.points()).extracting(p -> p.varied().get("interval")).containsExactly(0.25, 0.5, 0.75, 1.0);
    }

    @Test
    void fixedValuesStopTimeAndMetricsApplyToEveryRun() {
        Experiment experiment = Experiments.parse("""
                scenario: test-walkers
                until: 4 s
                parameters: {mood: restless}
                grid: {interval: [1, 2]}
                metrics: [meanPosition]
                """);
        assertThat(experiment.run(1).spec().until()).isEqualTo(4);
        assertThat(experiment.run(1).spec().parameters().get("mood")).isEqualTo("restless");
        assertThat(experiment.metricNames()).containsExactly("meanPosition");
        assertThat(experiment.output()).isEqualTo(Path.of("sweeps", "exp"));
    }

    @Test
    void withoutADesignThereIsOnePointOfReplications() {
        Experiment experiment = Experiments.parse("scenario: test-walkers\nreplications: 4\n");
        assertThat(experiment.points()).hasSize(1);
        assertThat(experiment.varied()).isEmpty();
        assertThat(experiment.runCount()).isEqualTo(4);
        assertThat(experiment.metricNames()).containsExactly("steps", "meanPosition");
    }

    @Test
    void pointsListedExplicitlyKeepTheBaseValuesOfWhatTheyDoNotSet() {
        Experiment experiment = Experiments.parse("""
                scenario: test-walkers
                points:
                  - {mood: restless}
                  - {interval: 2}
                """);
        assertThat(experiment.varied()).containsExactly("mood", "interval");
        assertThat(labels(experiment)).containsExactly(Map.of("mood", "restless", "interval", "1"),
                Map.of("mood", "calm", "interval", "2"));
    }

    @Test
    void aPointMayOverrideAFixedValueThatThePointsNotSettingItKeep() {
        Experiment experiment = Experiments.parse("""
                scenario: test-walkers
                parameters: {interval: 3}
                points:
                  - {mood: restless}
                  - {mood: restless, interval: 2}
                """);
        assertThat(labels(experiment)).containsExactly(Map.of("mood", "restless", "interval", "3"),
                Map.of("mood", "restless", "interval", "2"));
    }

    @Test
    void seedsComeFromTheExperimentSeedAndTheRunIndexOrTheReplication() {
        String yaml = """
                scenario: test-walkers
                grid: {mood: [calm, restless]}
                replications: 2
                seed: 7
                """;
        Experiment independent = Experiments.parse(yaml);
        Experiment common = Experiments.parse(yaml + "seeds: common\n");
        Set<Long> seeds = new HashSet<>();
        for (int run = 0; run < 4; run++) {
            long seed = independent.run(run).seed();
            assertThat(seed).isEqualTo(RandomStreams.seedFor(7, "run-" + run) & Long.MAX_VALUE).isNotNegative();
            seeds.add(seed);
        }
        assertThat(seeds).hasSize(4);
        assertThat(common.run(0).seed()).isEqualTo(common.run(2).seed()).isNotEqualTo(common.run(1).seed());
        assertThat(common.run(3).seed()).isEqualTo(RandomStreams.seedFor(7, "replication-1") & Long.MAX_VALUE);
    }

    @Test
    void samplesAreReproducibleInsideTheirBoundsAndChangeWithTheSeed() {
        String yaml = """
                scenario: test-walkers
                sample:
                  count: 25
                  parameters:
                    interval: {min: 0.5, max: 2}
                    mood: [calm, restless]
                """;
        Experiment first = Experiments.parse(yaml);
        assertThat(labels(Experiments.parse(yaml))).isEqualTo(labels(first));
        assertThat(labels(Experiments.parse(yaml + "seed: 2\n"))).isNotEqualTo(labels(first));
        assertThat(first.points()).hasSize(25).allSatisfy(point -> {
            double interval = (Double) point.varied().get("interval");
            assertThat(interval).isBetween(0.5, 2.0);
            assertThat(point.labels().get("interval").replace(".", "").replaceFirst("^0+", "")).hasSizeLessThanOrEqualTo(6);
        });
        assertThat(first.points()).extracting(p -> p.varied().get("mood")).contains("calm", "restless");
    }

    @Test
    void aLatinHypercubeDrawsEveryStratumOfEveryParameterOnce() {
        Experiment experiment = Experiments.parse("""
                scenario: test-walkers
                sample:
                  count: 10
                  method: latin-hypercube
                  parameters: {interval: {min: 1, max: 11}, failAt: {min: 0, max: 100}}
                """);
        Set<Integer> intervalStrata = new HashSet<>();
        Set<Integer> failStrata = new HashSet<>();
        for (ParameterPoint point : experiment.points()) {
            intervalStrata.add((int) Math.floor((Double) point.varied().get("interval") - 1));
            failStrata.add((int) Math.floor((Double) point.varied().get("failAt") / 10));
        }
        assertThat(intervalStrata).containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(failStrata).containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
    }

    @Test
    void aScenarioFileIsFoundBesideTheExperimentFile() throws IOException {
        Path sub = Files.createDirectories(dir.resolve("sub"));
        Files.writeString(sub.resolve("walkers.yaml"), "scenario: test-walkers\nuntil: 3 s\nparameters: {mood: restless}\n");
        Path file = Files.writeString(sub.resolve("mood.yaml"), "scenario: walkers.yaml\ngrid: {interval: [1, 2]}\n");
        Experiment experiment = new ExperimentFile(org.agora.core.scenario.ScenarioCatalog.installed()).read(file);
        assertThat(experiment.name()).isEqualTo("mood");
        assertThat(experiment.base().until()).isEqualTo(3);
        assertThat(experiment.run(0).spec().parameters().get("mood")).isEqualTo("restless");
    }

    @Test
    void theFingerprintFollowsWhatShapesTheRunsOnly() {
        String yaml = "scenario: test-walkers\ngrid: {mood: [calm, restless]}\nreplications: 2\n";
        String fingerprint = Experiments.parse(yaml).fingerprint();
        assertThat(Experiments.parse(yaml).fingerprint()).isEqualTo(fingerprint);
        assertThat(Experiments.parse(yaml + "output: elsewhere\ndescription: other words\n").fingerprint()).isEqualTo(fingerprint);
        assertThat(Experiments.parse(yaml.replace("replications: 2", "replications: 3")).fingerprint()).isNotEqualTo(fingerprint);
        assertThat(Experiments.parse(yaml + "seed: 9\n").fingerprint()).isNotEqualTo(fingerprint);
        assertThat(Experiments.parse(yaml + "until: 3\n").fingerprint()).isNotEqualTo(fingerprint);
    }

    @Test
    void mistakesNameTheFileTheLineAndTheKey() {
        assertRejected("scenario: test-walkers\ngrid: {mood: [calm, grumpy]}\n", "exp.yaml:2: grid.mood[1]: 'grumpy' is not one of calm, restless");
        assertRejected("scenario: test-walkers\ngrid:\n  interval: {from: 1, to: 0.5, step: 0.1}\n",
                "exp.yaml:3: grid.interval.to: the range ends below its start (from 1)");
        assertRejected("scenario: test-walkers\ngrid:\n  interval: {from: 1, to: 2, step: 0}\n",
                "exp.yaml:3: grid.interval.step: the step must be greater than 0");
        assertRejected("scenario: test-walkers\ngrid: {mood: {from: 1, to: 2, step: 1}}\n",
                "grid.mood: a range needs a number; mood is a choice parameter: list its values instead");
        assertRejected("scenario: test-walkers\ngrid: {intervall: [1]}\n", "grid.intervall: unknown parameter (did you mean 'interval'?)");
        assertRejected("scenario: test-walkers\ngrid: {mood: calm}\n", "grid.mood: expected a list of values");
        assertRejected("scenario: test-walkers\ngrid: {mood: [calm, calm]}\n", "grid.mood[1]: the value 'calm' is listed twice");
        assertRejected("scenario: test-walkers\npoints: [{mood: calm}, {mood: calm}]\n", "points[1]: the same point as points[0]");
        assertRejected("scenario: test-walkers\ngrid: {mood: [calm]}\npoints: [{mood: calm}]\n",
                "exp.yaml:3: points: give one of grid, points or sample, not both grid and points");
        assertRejected("scenario: test-walkers\nreplications: 0\n", "replications: must be at least 1 (was 0)");
        assertRejected("scenario: test-walkers\nmetrics: [meanPositon]\n", "metrics[0]: unknown metric 'meanPositon' (did you mean 'meanPosition'?)");
        assertRejected("scenario: test-walker\n", "exp.yaml:1: scenario: unknown scenario 'test-walker' (did you mean 'test-walkers'?)");
        assertRejected("scenario: test-walkers\nseeds: shared\n", "seeds: 'shared' is not one of independent, common");
        assertRejected("scenario: test-walkers\nsample: {count: 0, parameters: {interval: {min: 1, max: 2}}}\n",
                "sample.count: must be between 1 and 100000 (was 0)");
        assertRejected("scenario: test-walkers\nsample: {count: 3, parameters: {interval: {min: 2, max: 1}}}\n",
                "sample.parameters.interval.max: must be at least min (2)");
        assertRejected("scenario: test-walkers\nsample: {count: 3, parameters: {interval: {min: -1, max: 1}}}\n",
                "sample.parameters.interval.min: the duration must not be negative");
        assertRejected("scenario: test-walkers\ngrid: {interval: {from: 1, to: 100000, step: 1}}\n",
                "grid.interval.step: the range has more than 10000 values; use a larger step");
        assertRejected("scenario: test-walkers\ngrid: {interval: {from: 1, to: 1000, step: 1}, failAt: {from: 0, to: 1000, step: 1}}\n",
                "grid.failAt: the grid has more than 1000000 points");
        assertRejected("scenario: test-walkers\nsed: 3\n", "exp.yaml:2: sed: unknown key (did you mean 'seed'?)");
        assertRejected("scenario: test-walkers\nname: my sweep\n", "name: use letters, digits");
        assertRejected("- scenario\n", "exp.yaml:1: an experiment file is a map of keys");
        assertRejected("description: nothing\n", "scenario: missing (required)");
    }

    private static void assertRejected(String yaml, String expected) {
        assertThatThrownBy(() -> Experiments.parse(yaml)).isInstanceOf(BadInputException.class).hasMessageContaining(expected)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }
}
