package org.agora.viz.chart;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The data of one chart: a title, axis labels with units, a drawing style and its series in the
 * order they first appeared. Charts know nothing of how they are drawn: {@link ChartRendering}
 * turns one into a JFreeChart, live or into a file.
 *
 * <p>Threading: as {@link Series}.
 */
public final class Chart {

    /** How the points of a series are joined. */
    public enum Style {
        /** Straight lines between points. */
        LINE,
        /** A staircase: each value holds until the next point (counts, levels that jump). */
        STEP,
        /** Points only. */
        POINTS
    }

    private final String id;
    private final String title;
    private final String xLabel;
    private final String yLabel;
    private final Style style;
    private final Map<String, Series> series = new LinkedHashMap<>();
    private final List<Series> ordered = new ArrayList<>();
    private volatile Series[] snapshot = new Series[0];

    /**
     * @param id a file name for the chart, for example {@code mean-speed}
     * @param title what it shows
     * @param xLabel the x axis, with its unit
     * @param yLabel the y axis, with its unit
     */
    public Chart(String id, String title, String xLabel, String yLabel, Style style) {
        this.id = id;
        this.title = title;
        this.xLabel = xLabel;
        this.yLabel = yLabel;
        this.style = style;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String xLabel() {
        return xLabel;
    }

    public String yLabel() {
        return yLabel;
    }

    public Style style() {
        return style;
    }

    /** The series of this name, created (after the others) on first use. */
    public Series series(String name) {
        Series found = series.get(name);
        if (found == null) {
            found = new Series(name);
            series.put(name, found);
            ordered.add(found);
            snapshot = ordered.toArray(new Series[0]);
        }
        return found;
    }

    /** The series in order of appearance (read-only). */
    public List<Series> allSeries() {
        return Collections.unmodifiableList(ordered);
    }

    /** The series so far, safe to call from another thread than the one filling the chart. */
    public Series[] seriesSnapshot() {
        return snapshot;
    }

    /** The series of this name, if it exists. */
    public java.util.Optional<Series> find(String name) {
        return java.util.Optional.ofNullable(series.get(name));
    }

    @Override
    public String toString() {
        return id + " " + ordered;
    }
}
