package org.agora.viz.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.agora.core.event.Event;
import org.agora.core.run.HeadlessRun;
import org.agora.core.scenario.ScenarioCatalog;
import org.agora.core.scenario.ScenarioSpec;
import org.agora.core.sink.EventJsonCodec;
import org.agora.core.source.JsonLinesSource;
import org.agora.core.source.ReadOptions;
import org.agora.vehicles.event.MergeTrafficMeasured;
import org.agora.vehicles.event.SafetyOverridden;
import org.agora.vehicles.event.VehicleEntered;
import org.agora.vehicles.event.VehicleExited;
import org.agora.vehicles.event.VehicleMoved;
import org.agora.vehicles.event.VehiclesCollided;
import org.agora.vehicles.traffic.ExitReason;
import org.agora.vehicles.traffic.VehicleType;
import org.agora.viz.chart.Chart;
import org.agora.viz.chart.Series;
import org.agora.viz.family.Families;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The merge charts hold what the events say, counted here another way. */
class MergeChartsTest {

    private static List<Event> events;
    private static List<Chart> charts;

    @BeforeAll
    static void aMergeRun(@TempDir Path dir) {
        ScenarioSpec spec = ScenarioCatalog.installed().resolve("v2x-merge").withSeed(1).withUntil(200);
        assertThat(new HeadlessRun(spec, dir).execute().done()).isTrue();
        try (JsonLinesSource source = new JsonLinesSource(dir.resolve(HeadlessRun.EVENTS_FILE), EventJsonCodec.installed(),
                ReadOptions.failOnBadRecords())) {
            events = source.readAll();
        }
        MergeCharts merge = (MergeCharts) Families.of("v2x-merge").charts();
        events.forEach(merge::accept);
        charts = merge.charts();
    }

    private static Series series(String chart, String name) {
        return charts.stream().filter(c -> c.id().equals(chart)).findFirst().orElseThrow().find(name).orElseThrow();
    }

    @Test
    void meanSpeedIsTheMeanOfEachSampleOfTheVehicles() {
        Map<String, VehicleType> types = new HashMap<>();
        Map<Double, double[]> all = new TreeMap<>();
        Map<Double, double[]> cavs = new TreeMap<>();
        for (Event event : events) {
            if (event instanceof VehicleEntered entered) {
                types.put(entered.source(), entered.vehicleType());
            } else if (event instanceof VehicleMoved moved) {
                all.computeIfAbsent(moved.time(), t -> new double[2]);
                all.get(moved.time())[0] += moved.speedMps();
                all.get(moved.time())[1]++;
                if (types.get(moved.source()) == VehicleType.CAV) {
                    cavs.computeIfAbsent(moved.time(), t -> new double[2]);
                    cavs.get(moved.time())[0] += moved.speedMps();
                    cavs.get(moved.time())[1]++;
                }
            }
        }
        assertMeans(series("mean-speed", MergeCharts.ALL), all);
        assertMeans(series("mean-speed", MergeCharts.CAVS), cavs);
    }

    private static void assertMeans(Series series, Map<Double, double[]> sums) {
        assertThat(series.size()).isEqualTo(sums.size()).isGreaterThan(100);
        int i = 0;
        for (Map.Entry<Double, double[]> sample : sums.entrySet()) {
            assertThat(series.x(i)).isEqualTo(sample.getKey());
            assertThat(series.y(i)).isCloseTo(sample.getValue()[0] / sample.getValue()[1], within(1e-9));
            i++;
        }
    }

    @Test
    void flowCountsTheVehiclesLeavingAtTheEndOfTheRoadPerHourInEachBin() {
        Series flow = series("flow", MergeCharts.FLOW);
        double width = 10;
        assertThat(flow.size()).isEqualTo(20);
        for (int bin = 0; bin < 20; bin++) {
            double start = bin * width;
            long left = events.stream().filter(e -> e instanceof VehicleExited x && x.reason() == ExitReason.END_OF_ROAD
                    && e.time() >= start && e.time() < start + width).count();
            assertThat(flow.x(bin)).isEqualTo(start + width);
            assertThat(flow.y(bin)).as("bin from %s s", start).isEqualTo(left * 3600 / width);
        }
        assertThat(java.util.Arrays.stream(flow.ys()).max().orElseThrow()).isPositive();
    }

    @Test
    void theMergeChartsPlotEachDetectorReading() {
        List<MergeTrafficMeasured> readings = events.stream().filter(MergeTrafficMeasured.class::isInstance)
                .map(MergeTrafficMeasured.class::cast).toList();
        assertThat(readings).hasSize(200 / 5);
        Series flow = series("merge-flow", MergeCharts.AT_MERGE);
        Series density = series("merge-density", MergeCharts.AT_MERGE);
        assertThat(flow.xs()).containsExactly(readings.stream().mapToDouble(Event::time).toArray());
        assertThat(flow.ys()).containsExactly(readings.stream().mapToDouble(MergeTrafficMeasured::flowVehPerHour).toArray());
        assertThat(density.ys()).containsExactly(readings.stream().mapToDouble(MergeTrafficMeasured::densityVehPerKm).toArray());
        List<MergeTrafficMeasured> withSpeed = readings.stream().filter(r -> !Double.isNaN(r.meanSpeedMps())).toList();
        assertThat(withSpeed).isNotEmpty();
        assertThat(series("merge-speed", MergeCharts.AT_MERGE).ys())
                .containsExactly(withSpeed.stream().mapToDouble(MergeTrafficMeasured::meanSpeedMps).toArray());
    }

    @Test
    void collisionsAndOverridesRiseByOneAtEachEvent() {
        assertCumulative(series("collisions", MergeCharts.COLLISIONS),
                events.stream().filter(e -> e instanceof VehiclesCollided).map(Event::time).toList());
        assertCumulative(series("safety-overrides", MergeCharts.OVERRIDES),
                events.stream().filter(e -> e instanceof SafetyOverridden).map(Event::time).toList());
        assertCumulative(series("safety-overrides", MergeCharts.EMERGENCY_STOPS),
                events.stream().filter(e -> e instanceof SafetyOverridden s && s.emergencyBrake()).map(Event::time).toList());
    }

    /** (0, 0), then (t_k, k) for the k-th event, then (end, n). */
    private static void assertCumulative(Series series, List<Double> times) {
        assertThat(series.size()).isEqualTo(times.size() + 2);
        assertThat(series.x(0)).isZero();
        assertThat(series.y(0)).isZero();
        for (int k = 1; k <= times.size(); k++) {
            assertThat(series.x(k)).isEqualTo(times.get(k - 1));
            assertThat(series.y(k)).isEqualTo(k);
        }
        assertThat(series.x(times.size() + 1)).isEqualTo(200.0);
        assertThat(series.last()).isEqualTo(times.size());
    }
}
