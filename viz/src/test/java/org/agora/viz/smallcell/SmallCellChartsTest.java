package org.agora.viz.smallcell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.agora.core.event.Event;
import org.agora.core.run.HeadlessRun;
import org.agora.core.scenario.ScenarioCatalog;
import org.agora.core.sink.EventJsonCodec;
import org.agora.core.source.JsonLinesSource;
import org.agora.core.source.ReadOptions;
import org.agora.viz.chart.Chart;
import org.agora.viz.chart.Series;
import org.agora.viz.family.Families;
import org.agora.wireless.smallcell.events.BlocksGranted;
import org.agora.wireless.smallcell.events.HandoverCompleted;
import org.agora.wireless.smallcell.events.HandoverTriggered;
import org.agora.wireless.smallcell.events.LinkDegraded;
import org.agora.wireless.smallcell.events.LinkRecovered;
import org.agora.wireless.smallcell.events.MeasurementReported;
import org.agora.wireless.smallcell.events.PriceChanged;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The small-cell charts hold what the events say, counted here another way. */
class SmallCellChartsTest {

    private static List<Event> events;
    private static List<Chart> charts;

    @BeforeAll
    static void aSmallCellRun(@TempDir Path dir) {
        var spec = ScenarioCatalog.installed().resolve("smallcell-market").withSeed(1).withUntil(40);
        assertThat(new HeadlessRun(spec, dir).execute().done()).isTrue();
        try (JsonLinesSource source = new JsonLinesSource(dir.resolve(HeadlessRun.EVENTS_FILE), EventJsonCodec.installed(),
                ReadOptions.failOnBadRecords())) {
            events = source.readAll();
        }
        var family = Families.of("smallcell-market");
        var computed = family.charts();
        events.forEach(computed::accept);
        charts = computed.charts();
    }

    private static Series series(String chart, String name) {
        return charts.stream().filter(c -> c.id().equals(chart)).findFirst().orElseThrow().find(name).orElseThrow();
    }

    @Test
    void ratesAroundHandoversAverageTheReportsNearEachTrigger() {
        Map<String, List<Double>> triggers = new HashMap<>();
        for (Event event : events) {
            if (event instanceof HandoverTriggered triggered) {
                triggers.computeIfAbsent(triggered.source(), u -> new ArrayList<>()).add(triggered.time());
            }
        }
        int bins = SmallCellCharts.BINS;
        double[] sum = new double[bins];
        int[] count = new int[bins];
        for (Event event : events) {
            if (event instanceof MeasurementReported report) {
                for (double trigger : triggers.getOrDefault(report.source(), List.of())) {
                    double offset = report.time() - trigger;
                    if (offset >= -SmallCellCharts.BEFORE_S && offset <= SmallCellCharts.AFTER_S) {
                        int bin = (int) Math.floor((offset + SmallCellCharts.BEFORE_S) / SmallCellCharts.BIN_S);
                        if (bin < bins) {
                            sum[bin] += report.rateBps() / 1e6;
                            count[bin]++;
                        }
                    }
                }
            }
        }
        Series all = series("rates-around-handovers", SmallCellCharts.ALL);
        assertThat(all.size()).isEqualTo(bins);
        int filled = 0;
        for (int bin = 0; bin < bins; bin++) {
            assertThat(all.x(bin)).isCloseTo(-SmallCellCharts.BEFORE_S + (bin + 0.5) * SmallCellCharts.BIN_S, within(1e-12));
            if (count[bin] == 0) {
                assertThat(all.y(bin)).isNaN();
            } else {
                assertThat(all.y(bin)).as("bin %d", bin).isCloseTo(sum[bin] / count[bin], within(1e-9));
                filled++;
            }
        }
        assertThat(filled).isGreaterThan(bins / 2);
    }

    @Test
    void pricesAreTheGrantsAndTheAsksAtTheirTimes() {
        List<double[]> grants = events.stream().filter(e -> e instanceof BlocksGranted)
                .map(e -> new double[] {e.time(), ((BlocksGranted) e).price()}).toList();
        List<double[]> asks = events.stream().filter(e -> e instanceof PriceChanged)
                .map(e -> new double[] {e.time(), ((PriceChanged) e).newPrice()}).toList();
        assertThat(grants).isNotEmpty();
        assertPoints(series("market-prices", SmallCellCharts.GRANT_PRICE), grants);
        if (!asks.isEmpty()) {
            assertPoints(series("market-prices", SmallCellCharts.ASK), asks);
        }
    }

    private static void assertPoints(Series series, List<double[]> points) {
        assertThat(series.size()).isEqualTo(points.size());
        for (int i = 0; i < points.size(); i++) {
            assertThat(series.x(i)).isEqualTo(points.get(i)[0]);
            assertThat(series.y(i)).isEqualTo(points.get(i)[1]);
        }
    }

    @Test
    void userStatesCountDegradationsAndHandoversInProgress() {
        java.util.Set<String> degraded = new java.util.HashSet<>();
        java.util.Set<String> inHandover = new java.util.HashSet<>();
        int maxDegraded = 0;
        int maxInHandover = 0;
        for (Event event : events) {
            if (event instanceof LinkDegraded) {
                degraded.add(event.source());
            } else if (event instanceof LinkRecovered) {
                degraded.remove(event.source());
            } else if (event instanceof HandoverTriggered) {
                inHandover.add(event.source());
            } else if (event instanceof HandoverCompleted) {
                inHandover.remove(event.source());
            }
            maxDegraded = Math.max(maxDegraded, degraded.size());
            maxInHandover = Math.max(maxInHandover, inHandover.size());
        }
        Series degradedSeries = series("user-states", SmallCellCharts.DEGRADED);
        Series handoverSeries = series("user-states", SmallCellCharts.IN_HANDOVER);
        assertThat(degradedSeries.last()).isEqualTo(degraded.size());
        assertThat(handoverSeries.last()).isEqualTo(inHandover.size());
        assertThat(java.util.Arrays.stream(degradedSeries.ys()).max().orElseThrow()).isEqualTo(maxDegraded);
        assertThat(java.util.Arrays.stream(handoverSeries.ys()).max().orElseThrow()).isEqualTo(maxInHandover);
    }
}
