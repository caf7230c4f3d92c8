package org.agora.viz.smallcell;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.agora.core.event.Event;
import org.agora.core.event.RunFinished;
import org.agora.viz.chart.Chart;
import org.agora.viz.chart.EventCharts;
import org.agora.viz.chart.Series;
import org.agora.wireless.smallcell.events.BlocksGranted;
import org.agora.wireless.smallcell.events.BlocksReleased;
import org.agora.wireless.smallcell.events.HandoverCompleted;
import org.agora.wireless.smallcell.events.HandoverTriggered;
import org.agora.wireless.smallcell.events.LinkDegraded;
import org.agora.wireless.smallcell.events.LinkRecovered;
import org.agora.wireless.smallcell.events.MeasurementReported;
import org.agora.wireless.smallcell.events.PriceChanged;

/**
 * The small cells' charts, from their events:
 * <ul>
 *   <li>user rates around handovers: the mean rate of the users' {@code MeasurementReported} in
 *       half-second bins from 3 s before to 5 s after each of their {@code HandoverTriggered} (a
 *       report near several handovers counts for each), all reports and apart by whether the user
 *       held extra blocks (Mbit/s; a bin without reports has no value);</li>
 *   <li>market prices: each grant's price ({@code BlocksGranted}) and each ask a cell moved to
 *       after a round ({@code PriceChanged}), at their times;</li>
 *   <li>users degraded, in a handover, and holding extra blocks, over time.</li>
 * </ul>
 */
public final class SmallCellCharts implements EventCharts {

    public static final String ALL = "all users";
    public static final String WITH_BLOCKS = "holding extra blocks";
    public static final String WITHOUT_BLOCKS = "without extra blocks";
    public static final String GRANT_PRICE = "grant price";
    public static final String ASK = "ask after a round";
    public static final String DEGRADED = "degraded";
    public static final String IN_HANDOVER = "in a handover";
    public static final String HOLDING = "holding extra blocks";

    /** The window around a handover trigger, seconds. */
    public static final double BEFORE_S = 3;
    public static final double AFTER_S = 5;
    public static final double BIN_S = 0.5;
    static final int BINS = (int) Math.round((BEFORE_S + AFTER_S) / BIN_S);

    private final Chart rates = new Chart("rates-around-handovers", "User rates around handovers",
            "time from the handover trigger (s)", "mean rate (Mbit/s)", Chart.Style.LINE);
    private final Chart prices = new Chart("market-prices", "Market prices", "time (s)",
            "price (credits per block per second)", Chart.Style.POINTS);
    private final Chart states = new Chart("user-states", "Users degraded, in a handover, holding extra blocks",
            "time (s)", "users", Chart.Style.STEP);

    /** Sums and counts per bin, for each series of the rate chart. */
    private final Map<String, double[][]> binned = new HashMap<>();
    private final Map<String, Deque<MeasurementReported>> recentReports = new HashMap<>();
    private final Map<String, Deque<Double>> triggers = new HashMap<>();
    private final Set<String> degraded = new HashSet<>();
    private final Set<String> inHandover = new HashSet<>();
    private final Map<String, Integer> holding = new HashMap<>();
    private boolean begun;

    @Override
    public void accept(Event event) {
        if (!begun) {
            begun = true;
            for (String name : List.of(ALL, WITH_BLOCKS, WITHOUT_BLOCKS)) {
                Series series = rates.series(name);
                for (int bin = 0; bin < BINS; bin++) {
                    series.add(-BEFORE_S + (bin + 0.5) * BIN_S, Double.NaN);
                }
                binned.put(name, new double[2][BINS]);
            }
            for (String name : List.of(DEGRADED, IN_HANDOVER, HOLDING)) {
                states.series(name).add(event.time(), 0);
            }
        }
        if (event instanceof MeasurementReported report) {
            report(report);
        } else if (event instanceof HandoverTriggered triggered) {
            trigger(triggered);
            count(inHandover.add(triggered.source()), IN_HANDOVER, inHandover.size(), event.time());
        } else if (event instanceof HandoverCompleted completed) {
            count(inHandover.remove(completed.source()), IN_HANDOVER, inHandover.size(), event.time());
        } else if (event instanceof LinkDegraded degradation) {
            count(degraded.add(degradation.source()), DEGRADED, degraded.size(), event.time());
        } else if (event instanceof LinkRecovered recovery) {
            count(degraded.remove(recovery.source()), DEGRADED, degraded.size(), event.time());
        } else if (event instanceof BlocksGranted granted) {
            prices.series(GRANT_PRICE).add(granted.time(), granted.price());
            boolean first = holding.merge(granted.user(), 1, Integer::sum) == 1;
            count(first, HOLDING, holding.size(), event.time());
        } else if (event instanceof BlocksReleased released) {
            Integer left = holding.computeIfPresent(released.user(), (user, grants) -> grants > 1 ? grants - 1 : null);
            count(left == null, HOLDING, holding.size(), event.time());
        } else if (event instanceof PriceChanged changed) {
            prices.series(ASK).add(changed.time(), changed.newPrice());
        } else if (event instanceof RunFinished finished) {
            for (String name : List.of(DEGRADED, IN_HANDOVER, HOLDING)) {
                Series series = states.series(name);
                series.add(finished.simulatedS(), series.last());
            }
        }
    }

    private void count(boolean changed, String name, int value, double time) {
        if (changed) {
            states.series(name).add(time, value);
        }
    }

    /** A report counts for the handovers triggered up to 3 s after it (later) and up to 5 s before it (now). */
    private void report(MeasurementReported report) {
        Deque<MeasurementReported> recent = recentReports.computeIfAbsent(report.source(), user -> new ArrayDeque<>());
        recent.addLast(report);
        while (recent.peekFirst().time() < report.time() - BEFORE_S) {
            recent.removeFirst();
        }
        Deque<Double> times = triggers.get(report.source());
        if (times == null) {
            return;
        }
        while (!times.isEmpty() && times.peekFirst() < report.time() - AFTER_S) {
            times.removeFirst();
        }
        for (double trigger : times) {
            add(report, report.time() - trigger);
        }
    }

    private void trigger(HandoverTriggered triggered) {
        triggers.computeIfAbsent(triggered.source(), user -> new ArrayDeque<>()).addLast(triggered.time());
        Deque<MeasurementReported> recent = recentReports.get(triggered.source());
        if (recent != null) {
            for (MeasurementReported report : recent) {
                if (report.time() < triggered.time()) {
                    add(report, report.time() - triggered.time());
                }
            }
        }
    }

    private void add(MeasurementReported report, double offset) {
        int bin = (int) Math.floor((offset + BEFORE_S) / BIN_S);
        if (bin < 0 || bin >= BINS) {
            return;
        }
        double mbit = report.rateBps() / 1e6;
        addTo(ALL, bin, mbit);
        addTo(report.extraBlocks() > 0 ? WITH_BLOCKS : WITHOUT_BLOCKS, bin, mbit);
    }

    private void addTo(String name, int bin, double mbit) {
        double[][] sums = binned.get(name);
        sums[0][bin] += mbit;
        sums[1][bin]++;
        rates.series(name).set(bin, sums[0][bin] / sums[1][bin]);
    }

    @Override
    public List<Chart> charts() {
        return List.of(rates, prices, states);
    }
}
