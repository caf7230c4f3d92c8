package org.agora.viz.chart;

/**
 * Cuts a run's time into bins [k·w, (k+1)·w) and says when the run has passed the end of one, so
 * that a chart adds a bin's point once it is final. A run's last bin, cut short by the end of the
 * run, is closed only if it is at least half a width long (a sliver would give a rate made of
 * one or two events).
 */
public final class TimeBinning {

    /** Told of each closed bin, in order. */
    @FunctionalInterface
    public interface ClosedBin {
        /**
         * @param start the bin's start, seconds
         * @param end its end, seconds (the run's end for a last, shorter bin)
         */
        void closed(double start, double end);
    }

    private final double width;
    private long current;

    /** @param width seconds, > 0 */
    public TimeBinning(double width) {
        if (!(width > 0)) {
            throw new IllegalArgumentException("bin width must be > 0: " + width);
        }
        this.width = width;
    }

    public double width() {
        return width;
    }

    /** The start of the bin that events at the current time fall into. */
    public double currentStart() {
        return current * width;
    }

    /** The run has reached {@code time}: closes every bin that ends at or before it. */
    public void advance(double time, ClosedBin listener) {
        while ((current + 1) * width <= time) {
            listener.closed(current * width, (current + 1) * width);
            current++;
        }
    }

    /** The run ended at {@code end}: closes the bins up to it, and the last partial one if long enough. */
    public void finish(double end, ClosedBin listener) {
        advance(end, listener);
        double start = current * width;
        if (end - start >= width / 2) {
            listener.closed(start, end);
            current++;
        }
    }
}
