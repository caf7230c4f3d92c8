package org.agora.viz.commons;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.agora.agents.commons.events.AgreementReached;
import org.agora.agents.commons.events.HarvestAllocated;
import org.agora.agents.commons.events.PoolHarvested;
import org.agora.agents.commons.events.ResourceRegrew;
import org.agora.core.event.Event;
import org.agora.core.run.Simulation;
import org.agora.core.scenario.ScenarioCatalog;
import org.agora.core.sink.MemorySink;
import org.agora.viz.chart.Chart;
import org.agora.viz.chart.Series;
import org.agora.viz.family.Families;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The commons charts hold what the events say, month by month. */
class CommonsChartsTest {

    private static List<Event> events;
    private static List<Chart> charts;

    @BeforeAll
    static void aSocietyWithANewcomer() {
        MemorySink sink = new MemorySink();
        Simulation.of(ScenarioCatalog.installed().resolve("govsim-fishery-newcomer").withSeed(3), sink).runToEnd();
        events = sink.events();
        var computed = Families.of("govsim-fishery").charts();
        events.forEach(computed::accept);
        charts = computed.charts();
    }

    private static Series series(String chart, String name) {
        return charts.stream().filter(c -> c.id().equals(chart)).findFirst().orElseThrow().find(name).orElseThrow();
    }

    @Test
    void theResourceAndTheHarvestAreThePoolsMonthByMonth() {
        List<PoolHarvested> months = events.stream().filter(e -> e instanceof PoolHarvested).map(e -> (PoolHarvested) e).toList();
        assertThat(months).hasSizeGreaterThan(2);
        Series before = series("resource", CommonsCharts.BEFORE);
        Series after = series("resource", CommonsCharts.AFTER);
        Series taken = series("harvest", CommonsCharts.TAKEN);
        Series asked = series("harvest", CommonsCharts.REQUESTED);
        Series collapse = series("resource", CommonsCharts.COLLAPSE);
        for (int m = 0; m < months.size(); m++) {
            PoolHarvested month = months.get(m);
            assertThat(before.x(m)).isEqualTo(month.round());
            assertThat(before.y(m)).isEqualTo(month.stock());
            assertThat(after.y(m)).isEqualTo(month.remaining());
            assertThat(taken.y(m)).isEqualTo(month.taken());
            assertThat(asked.y(m)).isEqualTo(month.requested());
            assertThat(collapse.y(m)).isEqualTo(5.0);
        }
        List<ResourceRegrew> growth = events.stream().filter(e -> e instanceof ResourceRegrew).map(e -> (ResourceRegrew) e).toList();
        Series next = series("resource", CommonsCharts.NEXT);
        assertThat(next.size()).isEqualTo(growth.size());
        for (int m = 0; m < growth.size(); m++) {
            assertThat(next.x(m)).isEqualTo(growth.get(m).round() + 1);
            assertThat(next.y(m)).isEqualTo(growth.get(m).after());
        }
    }

    @Test
    void eachMembersCatchIsItsHarvestAllocatedAndTheNewcomerAppearsWhenItJoins() {
        for (String member : List.of("agent-0", "agent-4")) {
            List<HarvestAllocated> own = events.stream().filter(e -> e instanceof HarvestAllocated && e.source().equals(member))
                    .map(e -> (HarvestAllocated) e).toList();
            Series series = series("harvests-per-member", member);
            assertThat(series.size()).isEqualTo(own.size()).isPositive();
            for (int i = 0; i < own.size(); i++) {
                assertThat(series.x(i)).isEqualTo(own.get(i).round());
                assertThat(series.y(i)).isEqualTo(own.get(i).taken());
            }
        }
        assertThat(series("harvests-per-member", "agent-4").x(0)).as("the newcomer's first month").isEqualTo(3.0);
        List<AgreementReached> agreements = events.stream().filter(e -> e instanceof AgreementReached)
                .map(e -> (AgreementReached) e).toList();
        long inForce = agreements.stream().filter(a -> events.stream()
                .anyMatch(e -> e instanceof PoolHarvested p && p.round() == a.round() + 1)).count();
        assertThat(charts.get(2).find(CommonsCharts.AGREED).map(Series::size).orElse(0)).isEqualTo((int) inForce);
    }
}
