package org.agora.viz.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.agora.core.config.ConfigNode;
import org.agora.core.experiment.Aggregate;
import org.agora.core.experiment.Experiment;
import org.agora.core.experiment.ExperimentFile;
import org.agora.core.experiment.LocalSweep;
import org.agora.core.experiment.MetricSummary;
import org.agora.core.experiment.PlannedRun;
import org.agora.core.experiment.RunRecord;
import org.agora.core.experiment.SweepChart;
import org.agora.core.experiment.SweepDirectory;
import org.agora.core.experiment.SweepProgress;
import org.agora.core.run.RunStatus;
import org.agora.core.scenario.Metric;
import org.agora.core.scenario.ScenarioCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which charts a sweep has, planned in viz from the experiment module's aggregates. */
class SweepChartPlanTest {

    @TempDir
    Path dir;

    private Experiment parse(String yaml) {
        return new ExperimentFile(ScenarioCatalog.installed()).parse(ConfigNode.parseYaml(yaml, "exp.yaml"), dir, "exp");
    }

    private List<RunRecord> sweep(Experiment experiment) {
        new LocalSweep(experiment, 2).run(SweepProgress.NONE);
        try {
            return Files.readAllLines(experiment.output().resolve(SweepDirectory.RESULTS_JSONL)).stream()
                    .map(RunRecord::fromJson).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void eachMetricAgainstEachVariedParameterWithASeriesPerOtherValue() {
        Experiment experiment = parse("""
                scenario: test-walkers
                grid: {mood: [calm, restless], interval: [0.5, 1, 2]}
                replications: 3
                """).withOutput(dir.resolve("grid"));
        List<RunRecord> records = sweep(experiment);
        List<SweepChart> charts = SweepChartPlan.of(experiment, records);
        assertThat(charts).extracting(SweepChart::fileStem).containsExactly("steps-vs-mood", "steps-vs-interval",
                "meanPosition-vs-mood", "meanPosition-vs-interval");

        SweepChart byMood = charts.get(2);
        assertThat(byMood.categories()).containsExactly("calm", "restless");
        assertThat(byMood.yLabel()).isEqualTo("meanPosition [m]");
        assertThat(byMood.series()).extracting(SweepChart.Series::label)
                .containsExactly("interval=0.5", "interval=1", "interval=2");
        Aggregate aggregate = Aggregate.of(experiment, records);
        // restless (x = 1) at interval 2 is point 5 of the grid
        SweepChart.Point point = byMood.series().get(2).points().get(1);
        MetricSummary expected = aggregate.points().get(5).metrics().get("meanPosition");
        assertThat(point.x()).isEqualTo(1);
        assertThat(point.n()).isEqualTo(3);
        assertThat(point.mean()).isCloseTo(expected.mean(), within(1e-12));
        assertThat(point.low()).isCloseTo(expected.ci95Low(), within(1e-12));

        SweepChart byInterval = charts.get(3);
        assertThat(byInterval.categories()).isEmpty();
        assertThat(byInterval.xLabel()).isEqualTo("interval [s]");
        assertThat(byInterval.series().get(0).points()).extracting(SweepChart.Point::x).containsExactly(0.5, 1.0, 2.0);
        assertThat(byInterval.connected()).isTrue();
    }

    @Test
    void sampledPointsArePooledAndNotJoined() {
        Experiment experiment = parse("""
                scenario: test-walkers
                sample: {count: 8, parameters: {interval: {min: 0.5, max: 2}, mood: [calm, restless]}}
                replications: 2
                metrics: [meanPosition]
                """).withOutput(dir.resolve("sample"));
        List<SweepChart> charts = SweepChartPlan.of(experiment, sweep(experiment));
        assertThat(charts).hasSize(2).allSatisfy(chart -> {
            assertThat(chart.connected()).isFalse();
            assertThat(chart.series()).hasSize(1);
        });
        assertThat(charts.get(0).series().get(0).points()).hasSize(8);
        assertThat(charts.get(0).subtitle()).isEqualTo(
                "mean and 95% confidence interval over all runs at each value of interval (other parameters pooled); test-walkers");
        SweepChart byMood = charts.get(1);
        assertThat(byMood.subtitle()).contains("over all runs at each value of mood (other parameters pooled)");
        assertThat(byMood.series().get(0).points().stream().mapToInt(SweepChart.Point::n).sum())
                .as("each mood's interval is over every run with that mood").isEqualTo(16);
    }

    @Test
    void nothingVariesNothingToChart() {
        Experiment experiment = parse("scenario: test-walkers\nreplications: 2\n").withOutput(dir.resolve("one"));
        assertThat(SweepChartPlan.of(experiment, sweep(experiment))).isEmpty();
    }

    @Test
    void aSweepOverScenariosHasAScenarioAxis() throws IOException {
        Files.writeString(dir.resolve("restless.yaml"), "scenario: test-walkers\nuntil: 4 s\nparameters: {mood: restless}\n");
        Experiment experiment = parse("scenario: [test-walkers, restless.yaml]\ngrid: {interval: [1, 2]}\nreplications: 2\n")
                .withOutput(dir.resolve("scenarios"));
        SweepChart byScenario = SweepChartPlan.of(experiment, sweep(experiment)).stream()
                .filter(c -> c.fileStem().equals("meanPosition-vs-scenario")).findFirst().orElseThrow();
        assertThat(byScenario.categories()).containsExactly("test-walkers", "restless");
        assertThat(byScenario.xLabel()).isEqualTo("scenario");
        assertThat(byScenario.series()).extracting(SweepChart.Series::label).containsExactly("interval=1", "interval=2");
    }

    /** Run i reports outage {market: i, optimum: 2i}: one chart, a series per entry. */
    @Test
    void aMapMetricIsOneChartWithASeriesPerEntry() {
        Experiment parsed = parse("scenario: test-walkers\ngrid: {mood: [calm, restless]}\nreplications: 3\n");
        Experiment experiment = new Experiment(parsed.name(), parsed.description(), parsed.base(), parsed.seed(),
                parsed.seeds(), parsed.design(), parsed.varied(), parsed.points(), parsed.replications(),
                List.of(new Metric("outage", "s", "outage by allocator")), parsed.output(), false);
        List<RunRecord> records = IntStream.range(0, experiment.runCount()).mapToObj(i -> {
            PlannedRun run = experiment.run(i);
            Map<String, Object> outage = new TreeMap<>(Map.of("market", (double) i, "optimum", 2.0 * i));
            return new RunRecord(i, run.point(), run.replication(), run.seed(), run.varied(), RunStatus.DONE,
                    Map.of("outage", outage), null, 0.0, run.spec().runId(), null);
        }).toList();
        List<SweepChart> charts = SweepChartPlan.of(experiment, records);
        assertThat(charts).extracting(SweepChart::fileStem).containsExactly("outage-vs-mood");
        assertThat(charts.get(0).yLabel()).isEqualTo("outage [s]");
        assertThat(charts.get(0).series()).extracting(SweepChart.Series::label).containsExactly("market", "optimum");
        assertThat(charts.get(0).series().get(1).points()).extracting(SweepChart.Point::mean).containsExactly(2.0, 8.0);
    }
}
