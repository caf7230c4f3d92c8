package org.agora.core.experiment;

import java.util.List;

/**
 * One chart of a sweep: a metric against a varied parameter, as mean values with their 95%
 * confidence intervals, one series per combination of the other varied parameters (or all of
 * them pooled). Drawing it is a {@link SweepChartRenderer}'s business.
 *
 * @param fileStem the file name without extension, for example {@code meanPosition-vs-interval}
 * @param title the chart's title
 * @param subtitle what is drawn (mean, interval, replications)
 * @param xLabel the parameter, with its unit
 * @param yLabel the metric, with its unit
 * @param categories the parameter's values in order, if it is not a number (then x is the index
 *     into this list); empty for numeric parameters
 * @param connected whether a series' points may be joined (false for randomly sampled points)
 * @param series the series, in order
 */
public record SweepChart(String fileStem, String title, String subtitle, String xLabel, String yLabel,
        List<String> categories, boolean connected, List<Series> series) {

    public SweepChart {
        categories = List.copyOf(categories);
        series = List.copyOf(series);
    }

    /** A series of points, by ascending x. */
    public record Series(String label, List<Point> points) {
        public Series {
            points = List.copyOf(points);
        }
    }

    /**
     * One mean and its interval.
     *
     * @param x the parameter's value (or its category's index)
     * @param mean the metric's mean over the runs at x
     * @param low the lower end of its 95% confidence interval (the mean itself for a single run)
     * @param high the upper end
     * @param n the number of runs
     */
    public record Point(double x, double mean, double low, double high, int n) {
    }
}
