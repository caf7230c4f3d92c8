package org.agora.core.experiment;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;

/**
 * The replications of one metric at one parameter point, summarized: the sample mean, the sample
 * standard deviation (n − 1 in the denominator) and the 95% confidence interval of the mean from
 * Student's t distribution with n − 1 degrees of freedom. With one value the deviation and the
 * interval are undefined (NaN); with none, everything is.
 *
 * @param n how many finite values there were
 * @param mean their mean
 * @param standardDeviation their sample standard deviation
 * @param ci95Low the lower end of the 95% confidence interval of the mean
 * @param ci95High its upper end
 */
public record MetricSummary(int n, double mean, double standardDeviation, double ci95Low, double ci95High) {

    /** Summarizes the finite values among {@code values}; the others are left out. */
    public static MetricSummary of(double[] values) {
        SummaryStatistics statistics = new SummaryStatistics();
        for (double value : values) {
            if (Double.isFinite(value)) {
                statistics.addValue(value);
            }
        }
        int n = (int) statistics.getN();
        if (n == 0) {
            return new MetricSummary(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double mean = statistics.getMean();
        if (n == 1) {
            return new MetricSummary(1, mean, Double.NaN, Double.NaN, Double.NaN);
        }
        double deviation = statistics.getStandardDeviation();
        double halfWidth = new TDistribution(null, n - 1).inverseCumulativeProbability(0.975) * deviation / Math.sqrt(n);
        return new MetricSummary(n, mean, deviation, mean - halfWidth, mean + halfWidth);
    }

    /** A metric's value as a number if it is one: finite numbers as they are, true and false as 1 and 0. */
    public static double numeric(Object value) {
        if (value instanceof Number number) {
            return number.doubleValue();
        }
        if (value instanceof Boolean flag) {
            return flag ? 1 : 0;
        }
        return Double.NaN;
    }
}
