package org.agora.viz.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Rectangle;
import java.awt.Stroke;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.data.Range;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUtils;

/**
 * What every chart Agora draws shares — a run's charts (live and in {@code analyze}) and a sweep's:
 * one palette, strokes that keep a series visible when another lies on it, value axes that
 * stay readable (whole-number ticks where values are whole, a 0..1 axis for an all-zero series
 * instead of ±5E-9), and files written byte for byte the same for the same chart (SVG ids come
 * from the chart, not the clock). Works headless.
 */
public final class ChartStyle {

    /** The colours of a chart's series, in order (colour-blind-safe, after Okabe and Ito). */
    private static final Color[] PALETTE = {
        new Color(0x0072B2), new Color(0xE69F00), new Color(0x009E73), new Color(0xD55E00),
        new Color(0xCC79A7), new Color(0x56B4E9), new Color(0xF0E442), new Color(0x000000)};
    /** Dash patterns by series: a later series drawn over an earlier one with equal values leaves it visible. */
    private static final float[][] DASHES = {null, {6f, 4f}, {2f, 3f}, {8f, 3f, 2f, 3f}};

    private ChartStyle() {
    }

    /** The colour of series {@code index}. */
    public static Color colour(int index) {
        return PALETTE[index % PALETTE.length];
    }

    /** The stroke of series {@code index}, {@code width} pixels wide. */
    public static Stroke stroke(int index, float width) {
        float[] dash = DASHES[(index / PALETTE.length + index) % DASHES.length];
        return dash == null ? new BasicStroke(width)
                : new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, dash, 0f);
    }

    /**
     * A value axis that never shows a range of ±5E-9: a series that is all zero gets 0..1.
     *
     * @param integerTicks whether the values are whole numbers (months, counts): ticks are then whole too
     */
    public static NumberAxis valueAxis(String label, boolean integerTicks) {
        NumberAxis axis = new NumberAxis(label) {
            @Override
            protected void autoAdjustRange() {
                super.autoAdjustRange();
                Range range = getRange();
                if (Math.abs(range.getLowerBound()) < 1e-6 && Math.abs(range.getUpperBound()) < 1e-6) {
                    setRange(new Range(0, 1), false, false);
                }
            }
        };
        if (integerTicks) {
            axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        }
        return axis;
    }

    /** Whether an axis label names whole months (the commons' x axis). */
    public static boolean inMonths(String label) {
        return label.equals("month") || label.endsWith("[months]");
    }

    /** Writes the chart as a PNG image. */
    public static void writePng(JFreeChart chart, Path file, int width, int height) {
        try {
            ChartUtils.saveChartAsPNG(file.toFile(), chart, width, height);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /**
     * Writes the chart as an SVG drawing, the same bytes for the same chart: JFreeSVG prefixes the
     * ids of its definitions with the clock unless told otherwise, so they are prefixed with
     * {@code key} (the chart's file name).
     */
    public static void writeSvg(JFreeChart chart, Path file, int width, int height, String key) {
        SVGGraphics2D graphics = new SVGGraphics2D(width, height);
        graphics.setDefsKeyPrefix("agora-" + key);
        chart.draw(graphics, new Rectangle(0, 0, width, height));
        try {
            SVGUtils.writeToSVG(file.toFile(), graphics.getSVGElement());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
