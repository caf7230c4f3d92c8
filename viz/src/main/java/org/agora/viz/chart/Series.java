package org.agora.viz.chart;

import java.util.Arrays;

/**
 * One named line of a {@link Chart}: its points in the order they were added. The data behind a
 * live chart and an exported one alike.
 *
 * <p>Threading: filled by one thread (the simulation thread, or the reader of a run's events);
 * another thread may read the points below a {@link #size()} it was handed by that thread.
 */
public final class Series {

    private final String name;
    private double[] xs = new double[64];
    private double[] ys = new double[64];
    private volatile int size;

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
