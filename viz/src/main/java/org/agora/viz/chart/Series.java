package org.agora.viz.chart;

import java.util.Arrays;

/**
 * One named line of a {@link Chart}: its points in the order they were added. The data behind a
 * live chart and an exported one alike.
 *
 * <p>Threading: filled by one thread (the simulation thread, or the reader of a run's events),
 * which is also the one that reads it for a live view.
 */
public final class Series {

    private final String name;
    private double[] xs = new double[64];
    private double[] ys = new double[64];
    private volatile int size;
    private volatile int revision;

    Series(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    /** Appends a point. */
    public void add(double x, double y) {
        int n = size;
        if (n == xs.length) {
            xs = Arrays.copyOf(xs, n * 2);
            ys = Arrays.copyOf(ys, n * 2);
        }
        xs[n] = x;
        ys[n] = y;
        size = n + 1;
    }

    /**
     * Changes the y value of an existing point (for charts that aggregate, such as means per bin);
     * a live view then shows the whole series again.
     */
    public void set(int index, double y) {
        if (index >= size) {
            throw new IndexOutOfBoundsException(index + " of " + size);
        }
        ys[index] = y;
        revision++;
    }

    /** How many times points have been changed by {@link #set}. */
    public int revision() {
        return revision;
    }

    public int size() {
        return size;
    }

    public double x(int index) {
        return xs[index];
    }

    public double y(int index) {
        return ys[index];
    }

    /** The x values, a copy. */
    public double[] xs() {
        return Arrays.copyOf(xs, size);
    }

    /** The y values, a copy. */
    public double[] ys() {
        return Arrays.copyOf(ys, size);
    }

    /** The y value of the last point; NaN if there is none. */
    public double last() {
        return size == 0 ? Double.NaN : ys[size - 1];
    }

    @Override
    public String toString() {
        return name + " (" + size + " points)";
    }
}
