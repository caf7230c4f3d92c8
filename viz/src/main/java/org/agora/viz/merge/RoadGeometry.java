package org.agora.viz.merge;

import org.agora.vehicles.road.Lane;
import org.agora.vehicles.road.Road;

/**
 * Where a road lies, in metres: the box around its lanes with a margin, and the map from the
 * road's coordinates (x along the main road, y lateral, larger towards the ramp) to the display
 * field's (from the box's corner). Drawn to scale: one metre is the same length both ways.
 */
public record RoadGeometry(double minX, double minY, double width, double height) {

    /** Space around the lanes, metres. */
    private static final double MARGIN = 4;
    /** Sampling step along x when looking for a centreline's extent, metres. */
    private static final double SAMPLE_STEP = 1;

    /** The box around every lane of {@code road}. */
    public static RoadGeometry of(Road road) {
        double minX = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (Lane lane : road.lanes()) {
            minX = Math.min(minX, lane.startX());
            maxX = Math.max(maxX, lane.endX());
            for (double x = lane.startX(); x <= lane.endX(); x += SAMPLE_STEP) {
                minY = Math.min(minY, lane.y(x) - lane.width() / 2);
                maxY = Math.max(maxY, lane.y(x) + lane.width() / 2);
            }
            minY = Math.min(minY, lane.y(lane.endX()) - lane.width() / 2);
            maxY = Math.max(maxY, lane.y(lane.endX()) + lane.width() / 2);
        }
        return new RoadGeometry(minX - MARGIN, minY - MARGIN, maxX - minX + 2 * MARGIN, maxY - minY + 2 * MARGIN);
    }

    /**
     * The same box grown by {@code metres} above and below the road, so that what is drawn over
     * the display's edges (its legend and scale) leaves the lanes clear.
     */
    public RoadGeometry withRoomAboveAndBelow(double metres) {
        return new RoadGeometry(minX, minY - metres, width, height + 2 * metres);
    }

    /** The field's x of the road's x. */
    public double fieldX(double x) {
        return x - minX;
    }

    /** The field's y of the road's y. */
    public double fieldY(double y) {
        return y - minY;
    }
}
