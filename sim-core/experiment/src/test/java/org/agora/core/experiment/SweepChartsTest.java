package org.agora.core.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepChartsTest {

    @TempDir
    Path dir;

    private List<RunRecord> sweep(Experiment experiment) {
        new LocalSweep(experiment, 2).run(SweepProgress.NONE);
        try {
            return java.nio.file.Files.readAllLines(experiment.output().resolve(SweepDirectory.RESULTS_JSONL)).stream()
                    .map(RunRecord::fromJson).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void eachMetricAgainstEachVariedParameterWithASeriesPerOtherValue() {
        Experiment experiment = Experiments.parse("""
                scenario: test-walkers
                grid: {mood: [calm, restless], interval: [0.5, 1, 2]}
                replications: 3
                """).withOutput(dir.resolve("grid"));
        List<RunRecord> records = sweep(experiment);
        List<SweepChart> charts = SweepCharts.plan(experiment, records);
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
        Experiment experiment = Experiments.parse("""
                scenario: test-walkers
                sample: {count: 8, parameters: {interval: {min: 0.5, max: 2}, mood: [calm, restless]}}
                replications: 2
                metrics: [meanPosition]
                """).withOutput(dir.resolve("sample"));
        List<SweepChart> charts = SweepCharts.plan(experiment, sweep(experiment));
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
        Experiment experiment = Experiments.parse("scenario: test-walkers\nreplications: 2\n").withOutput(dir.resolve("one"));
        assertThat(SweepCharts.plan(experiment, sweep(experiment))).isEmpty();
    }
}
