package org.agora.core.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class MetricSummaryTest {

    @Test
    void meanDeviationAndStudentIntervalOfFiveValues() {
        MetricSummary summary = MetricSummary.of(new double[] {1, 2, 3, 4, 5});
        // t(0.975, 4 degrees of freedom) = 2.776445 from the tables; sd = sqrt(2.5)
        double halfWidth = 2.776445 * Math.sqrt(2.5) / Math.sqrt(5);
        assertThat(summary.n()).isEqualTo(5);
        assertThat(summary.mean()).isEqualTo(3.0);
        assertThat(summary.standardDeviation()).isCloseTo(Math.sqrt(2.5), within(1e-12));
        assertThat(summary.ci95Low()).isCloseTo(3 - halfWidth, within(1e-5));
        assertThat(summary.ci95High()).isCloseTo(3 + halfWidth, within(1e-5));
    }

    @Test
    void oneValueHasNoDeviationAndNoneHasNoMean() {
        MetricSummary one = MetricSummary.of(new double[] {4});
        assertThat(one.mean()).isEqualTo(4);
        assertThat(one.standardDeviation()).isNaN();
        assertThat(one.ci95Low()).isNaN();
        MetricSummary none = MetricSummary.of(new double[] {Double.NaN, Double.POSITIVE_INFINITY});
        assertThat(none.n()).isZero();
        assertThat(none.mean()).isNaN();
    }

    @Test
    void theIntervalCoversTheTrueMeanAboutNinetyFivePercentOfTheTime() {
        Random random = new Random(20240601);
        int covered = 0;
        int trials = 4000;
        for (int trial = 0; trial < trials; trial++) {
            double[] sample = new double[6];
            for (int i = 0; i < sample.length; i++) {
                sample[i] = 10 + 3 * random.nextGaussian();
            }
            MetricSummary summary = MetricSummary.of(sample);
            if (summary.ci95Low() <= 10 && 10 <= summary.ci95High()) {
                covered++;
            }
        }
        assertThat(covered / (double) trials).isBetween(0.935, 0.965);
    }

    @Property(tries = 200)
    void theIntervalIsCentredOnTheMean(@ForAll @Size(min = 2, max = 30) double[] values) {
        for (int i = 0; i < values.length; i++) {
            values[i] = Math.max(-1e6, Math.min(1e6, Double.isFinite(values[i]) ? values[i] : 0));
        }
        MetricSummary summary = MetricSummary.of(values);
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        assertThat(summary.mean()).isCloseTo(sum / values.length, within(1e-6));
        assertThat(summary.ci95Low()).isLessThanOrEqualTo(summary.mean());
        assertThat(summary.ci95High()).isGreaterThanOrEqualTo(summary.mean());
        assertThat(summary.ci95High() - summary.mean()).isCloseTo(summary.mean() - summary.ci95Low(), within(1e-6));
    }

    @Property(tries = 50)
    void booleansCountAsOneAndZero(@ForAll boolean flag, @ForAll @DoubleRange(min = -5, max = 5) double number) {
        assertThat(MetricSummary.numeric(flag)).isEqualTo(flag ? 1 : 0);
        assertThat(MetricSummary.numeric(number)).isEqualTo(number);
        assertThat(MetricSummary.numeric("text")).isNaN();
    }
}
