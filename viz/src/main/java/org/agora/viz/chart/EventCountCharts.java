package org.agora.viz.chart;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.agora.core.event.Event;
import org.agora.core.event.RunFinished;
import org.agora.core.event.RunStarted;

/**
 * The charts of any scenario, family or not: how many events of each type the run has published
 * so far, sampled at the end of each of about a hundred time bins (the events before that time),
 * and at the end of the run (all of them).
 */
public final class EventCountCharts implements EventCharts {

    /** Bins per run. */
    private static final int BINS = 100;

    private final Chart counts = new Chart("events", "Events published, by type (cumulative)", "time (s)", "events",
            Chart.Style.STEP);
    private final Map<String, long[]> byType = new LinkedHashMap<>();
    private TimeBinning bins;

    @Override
    public void accept(Event event) {
        if (event instanceof RunStarted started) {
            bins = new TimeBinning(TimeBins.width(started.untilS(), BINS));
        }
        if (bins == null) {
            return;
        }
        if (event instanceof RunFinished finished) {
            bins.finish(finished.simulatedS(), this::sample);
            sample(finished.simulatedS(), finished.simulatedS());
            return;
        }
        bins.advance(event.time(), this::sample);
        long[] count = byType.get(event.type());
        if (count == null) {
            count = new long[1];
            byType.put(event.type(), count);
            counts.series(event.type()).add(bins.currentStart(), 0);
        }
        count[0]++;
    }

    private void sample(double start, double end) {
        for (Map.Entry<String, long[]> type : byType.entrySet()) {
            counts.series(type.getKey()).add(end, type.getValue()[0]);
        }
    }

    @Override
    public List<Chart> charts() {
        return List.of(counts);
    }
}
