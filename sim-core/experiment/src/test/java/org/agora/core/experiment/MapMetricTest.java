package org.agora.core.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.agora.core.run.RunStatus;
import org.agora.core.scenario.Metric;
import org.junit.jupiter.api.Test;

/** A metric whose values are maps of names to numbers is summarized per entry (viz charts it so: SweepChartPlanTest). */
class MapMetricTest {

    private static final Metric BY_ALLOCATOR = new Metric("outage", "s", "outage by allocator");

    private static Experiment experiment() {
        Experiment parsed = Experiments.parse("scenario: test-walkers\ngrid: {mood: [calm, restless]}\nreplications: 3\n");
        return new Experiment(parsed.name(), parsed.description(), parsed.base(), parsed.seed(), parsed.seeds(),
                parsed.design(), parsed.varied(), parsed.points(), parsed.replications(),
                List.of(new Metric("steps", "", "steps"), BY_ALLOCATOR), parsed.output(), false);
    }

    /** Run i reports steps i and outage {market: i, optimum: 2i, none: null, offsets: [..]}. */
    private static List<RunRecord> records(Experiment experiment) {
        List<RunRecord> records = new ArrayList<>();
        for (int i = 0; i < experiment.runCount(); i++) {
            PlannedRun run = experiment.run(i);
            Map<String, Object> outage = new LinkedHashMap<>();
            outage.put("market", (double) i);
            outage.put("optimum", 2.0 * i);
            outage.put("none", null);
            outage.put("offsets", List.of(0.0, 0.05));
            Map<String, Object> metrics = new LinkedHashMap<>();
            metrics.put("steps", i);
            metrics.put("outage", outage);
            records.add(new RunRecord(i, run.point(), run.replication(), run.seed(), run.varied(), RunStatus.DONE, metrics,
                    null, 0.0, run.spec().runId(), null));
        }
        return records;
    }

    @Test
    void eachNumericEntryIsAColumnOfTheAggregate() {
        Experiment experiment = experiment();
        Aggregate aggregate = Aggregate.of(experiment, records(experiment));
        // point 1 (restless) has runs 3, 4, 5
        assertThat(aggregate.points().get(1).metrics()).containsOnlyKeys("steps", "outage.market", "outage.optimum");
        assertThat(aggregate.points().get(1).metrics().get("outage.market").mean()).isCloseTo(4.0, within(1e-12));
        assertThat(aggregate.points().get(1).metrics().get("outage.optimum").mean()).isCloseTo(8.0, within(1e-12));
        assertThat(aggregate.csv().lines().findFirst().orElseThrow()).contains("steps.mean", "outage.market.n",
                "outage.optimum.ci95high").doesNotContain("outage.none", "outage.offsets");
    }
}
