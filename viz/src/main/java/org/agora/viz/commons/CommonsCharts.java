package org.agora.viz.commons;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.agora.agents.commons.CommonsConfig;
import org.agora.agents.commons.events.AgreementReached;
import org.agora.agents.commons.events.HarvestAllocated;
import org.agora.agents.commons.events.PoolHarvested;
import org.agora.agents.commons.events.ResourceRegrew;
import org.agora.core.event.Event;
import org.agora.core.event.RunStarted;
import org.agora.viz.chart.Chart;
import org.agora.viz.chart.EventCharts;

/**
 * The commons' charts, from their events, one point a month:
 * <ul>
 *   <li>the resource: the pool before the harvest and after it ({@code PoolHarvested}), what
 *       the month after starts with ({@code ResourceRegrew}, plotted at the next month), and the
 *       collapse threshold (the run's {@code collapseThreshold} parameter);</li>
 *   <li>the harvest: what all members asked for and got ({@code PoolHarvested});</li>
 *   <li>harvests per member: what each of the first {@link #MEMBERS_CHARTED} members got
 *       ({@code HarvestAllocated}), the month's per-agent threshold, and the limit agreed for the
 *       month ({@code AgreementReached} of the month before).</li>
 * </ul>
 */
public final class CommonsCharts implements EventCharts {

    public static final String BEFORE = "before the harvest";
    public static final String AFTER = "after the harvest";
    public static final String NEXT = "after the growth";
    public static final String COLLAPSE = "collapse threshold";
    public static final String REQUESTED = "asked for";
    public static final String TAKEN = "got";
    public static final String THRESHOLD = "per-agent threshold";
    public static final String AGREED = "agreed limit";
    /** Members beyond this many are not charted one by one (a society can have 10,000). */
    public static final int MEMBERS_CHARTED = 8;

    private final Chart resource = new Chart("resource", "The resource, month by month", "month", "units",
            Chart.Style.LINE);
    private final Chart harvest = new Chart("harvest", "The harvest, month by month", "month", "units", Chart.Style.LINE);
    private final Chart members = new Chart("harvests-per-member", "What each member got, month by month", "month",
            "units", Chart.Style.LINE);
    private final Map<String, Boolean> charted = new LinkedHashMap<>();
    private double collapseThreshold = Double.NaN;
    private int agreedFor = -1;
    private int agreedLimit;

    @Override
    public void accept(Event event) {
        if (event instanceof RunStarted started) {
            collapseThreshold = CommonsConfig.from(started.parameters()).collapseThreshold();
        } else if (event instanceof PoolHarvested pool) {
            resource.series(BEFORE).add(pool.round(), pool.stock());
            resource.series(AFTER).add(pool.round(), pool.remaining());
            if (!Double.isNaN(collapseThreshold)) {
                resource.series(COLLAPSE).add(pool.round(), collapseThreshold);
            }
            harvest.series(REQUESTED).add(pool.round(), pool.requested());
            harvest.series(TAKEN).add(pool.round(), pool.taken());
            members.series(THRESHOLD).add(pool.round(), pool.threshold());
            if (agreedFor == pool.round()) {
                members.series(AGREED).add(pool.round(), agreedLimit);
            }
        } else if (event instanceof HarvestAllocated allocated) {
            String member = allocated.source();
            if (!charted.containsKey(member) && charted.size() < MEMBERS_CHARTED) {
                charted.put(member, Boolean.TRUE);
            }
            if (charted.containsKey(member)) {
                members.series(member).add(allocated.round(), allocated.taken());
            }
        } else if (event instanceof ResourceRegrew regrew) {
            resource.series(NEXT).add(regrew.round() + 1, regrew.after());
        } else if (event instanceof AgreementReached agreement) {
            agreedFor = agreement.round() + 1;
            agreedLimit = agreement.limit();
        }
    }

    @Override
    public List<Chart> charts() {
        return List.of(resource, harvest, members);
    }
}
