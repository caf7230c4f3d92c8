package org.agora.vehicles.safety;

import org.agora.vehicles.road.Lane;
import org.agora.vehicles.road.LaneEnd;
import org.agora.vehicles.road.Road;
import org.agora.vehicles.traffic.Footprint;

/**
 * A vehicle's clearance at one step of a {@link Scene}: its smallest longitudinal gap, in metres,
 * to every (scaled) footprint whose lateral extent overlaps its own and to the obstacles closing
 * lanes; negative when the rectangles themselves overlap. Belongs to the simulation thread.
 */
final class Clearance {

    private final double halfLength;
    private final double halfWidth;
    private final double obstacleHalf;
    private final double[] obstacleX;
    private final double[] obstacleY;

    /**
     * @param road the road, whose lanes closed by an obstacle are measured
     * @param halfLength half the scaled footprint's length, metres
     * @param halfWidth half the scaled footprint's width, metres
     * @param obstacleHalf half the scaled obstacle's side, metres
     */
    Clearance(Road road, double halfLength, double halfWidth, double obstacleHalf) {
        this.halfLength = halfLength;
        this.halfWidth = halfWidth;
        this.obstacleHalf = obstacleHalf;
        Lane[] closed = road.lanes().stream().filter(l -> l.end() == LaneEnd.OBSTACLE).toArray(Lane[]::new);
        this.obstacleX = new double[closed.length];
        this.obstacleY = new double[closed.length];
        for (int i = 0; i < closed.length; i++) {
            obstacleX[i] = closed[i].endX();
            obstacleY[i] = closed[i].y(closed[i].endX());
        }
    }

    /**
     * Vehicle e's smallest gap among {@code s}'s vehicles at this step (e is the ego, or any CAV in
     * the shared roll-out): to every footprint whose lateral extent overlaps its own, the
     * longitudinal distance between their extents, negative when the rectangles themselves overlap;
     * likewise to the obstacles.
     */
    double of(SceneVehicles s, int e) {
        double gap = Double.POSITIVE_INFINITY;
        double[] x = s.x;
        double[] y = s.y;
        double[] h = s.h;
        double[] extentX = s.extentX;
        double[] extentY = s.extentY;
        double ex = extentX[e];
        double ey = extentY[e];
        double x0 = x[e];
        double y0 = y[e];
        for (int j = 0, n = s.n; j < n; j++) {
            if (j == e || Math.abs(y[j] - y0) >= ey + extentY[j]) {
                continue;
            }
            double g = Math.abs(x[j] - x0) - ex - extentX[j];
            if (g < 0 && !Footprint.overlap(x0, y0, h[e], 2 * halfLength, 2 * halfWidth, x[j], y[j], h[j],
                    2 * halfLength, 2 * halfWidth)) {
                g = 0;
            }
            if (g < gap) {
                gap = g;
            }
        }
        for (int o = 0; o < obstacleX.length; o++) {
            double ox = obstacleX[o];
            double oy = obstacleY[o];
            if (Math.abs(oy - y0) >= ey + obstacleHalf) {
                continue;
            }
            double g = Math.abs(ox - x0) - ex - obstacleHalf;
            if (g < 0 && !Footprint.overlap(x0, y0, h[e], 2 * halfLength, 2 * halfWidth, ox, oy, 0,
                    2 * obstacleHalf, 2 * obstacleHalf)) {
                g = 0;
            }
            if (g < gap) {
                gap = g;
            }
        }
        return gap;
    }
}
