package org.agora.core.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Properties of the designs, over generated grids and ranges. */
class ExperimentPropertiesTest {

    @Property(tries = 60)
    void aGridHasEveryCombinationExactlyOnce(@ForAll @IntRange(min = 1, max = 5) int intervals,
            @ForAll @IntRange(min = 1, max = 6) int failTimes, @ForAll boolean bothMoods) {
        List<String> intervalValues = new ArrayList<>();
        for (int i = 1; i <= intervals; i++) {
            intervalValues.add(Integer.toString(i));
        }
        String yaml = "scenario: test-walkers\ngrid:\n  interval: [" + String.join(", ", intervalValues) + "]\n"
                + "  failAt: {from: 10, to: " + (10 + 5 * (failTimes - 1)) + ", step: 5}\n"
                + "  mood: " + (bothMoods ? "[calm, restless]" : "[restless]") + "\n";
        Experiment experiment = Experiments.parse(yaml);
        int expected = intervals * failTimes * (bothMoods ? 2 : 1);
        assertThat(experiment.points()).hasSize(expected);
        Set<String> distinct = new HashSet<>();
        experiment.points().forEach(point -> distinct.add(point.labels().toString()));
        assertThat(distinct).hasSize(expected);
        assertThat(experiment.points()).extracting(ParameterPoint::index).containsExactlyElementsOf(
                java.util.stream.IntStream.range(0, expected).boxed().toList());
    }

    @Property(tries = 200)
    void aRangeHasItsStartEveryStepAndNothingBeyondItsEnd(@ForAll @IntRange(min = 0, max = 500) int fromHundredths,
            @ForAll @IntRange(min = 1, max = 300) int stepHundredths, @ForAll @IntRange(min = 0, max = 40) int extraHundredths,
            @ForAll @IntRange(min = 0, max = 30) int steps) {
        BigDecimal from = BigDecimal.valueOf(fromHundredths, 2);
        BigDecimal step = BigDecimal.valueOf(stepHundredths, 2);
        BigDecimal to = from.add(step.multiply(BigDecimal.valueOf(steps))).add(BigDecimal.valueOf(extraHundredths % stepHundredths, 2));
        Experiment experiment = Experiments.parse("scenario: test-walkers\ngrid:\n  failAt: {from: " + from.toPlainString()
                + ", to: " + to.toPlainString() + ", step: " + step.toPlainString() + "}\n");
        List<Double> values = experiment.points().stream().map(p -> (Double) p.varied().get("failAt")).toList();
        assertThat(values).hasSize(steps + 1);
        for (int k = 0; k <= steps; k++) {
            assertThat(values.get(k)).isEqualTo(from.add(step.multiply(BigDecimal.valueOf(k))).doubleValue());
        }
        assertThat(values.get(values.size() - 1)).isLessThanOrEqualTo(to.doubleValue());
    }

    @Property(tries = 50)
    void everyRunHasItsPointAndReplicationAndTheRunsCoverThePlan(@ForAll @IntRange(min = 1, max = 4) int points,
            @ForAll @IntRange(min = 1, max = 5) int replications) {
        List<String> values = new ArrayList<>();
        for (int i = 1; i <= points; i++) {
            values.add(Integer.toString(i));
        }
        Experiment experiment = Experiments.parse("scenario: test-walkers\ngrid: {interval: [" + String.join(", ", values)
                + "]}\nreplications: " + replications + "\n");
        Set<String> seen = new HashSet<>();
        for (int run = 0; run < experiment.runCount(); run++) {
            PlannedRun planned = experiment.run(run);
            assertThat(planned.run()).isEqualTo(run);
            assertThat(planned.spec().parameters().get("interval")).isEqualTo(Double.valueOf(planned.point() + 1));
            seen.add(planned.point() + "/" + planned.replication());
        }
        assertThat(seen).hasSize(points * replications);
    }
}
