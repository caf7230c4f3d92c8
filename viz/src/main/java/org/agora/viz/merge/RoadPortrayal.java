package org.agora.viz.merge;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.agora.vehicles.road.Lane;
import org.agora.vehicles.road.LaneEnd;
import org.agora.vehicles.road.Road;

/**
 * The road to scale: each lane's surface along its centreline, its edges (dashed where a vehicle
 * may cross to the neighbouring lane), and the obstacle closing the merge lane.
 */
final class RoadPortrayal extends RoadLayer {

    private static final double STEP = 0.5;
    private static final Stroke SOLID = new BasicStroke(1f);
    private static final Stroke DASHED = new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {6f, 6f}, 0f);

    private final List<Shape> surfaces = new ArrayList<>();
    private final List<Shape> solidEdges = new ArrayList<>();
    private final List<Shape> dashedEdges = new ArrayList<>();
    private final List<Shape> obstacles = new ArrayList<>();

    RoadPortrayal(Road road, RoadGeometry geometry) {
        super(geometry);
        for (Lane lane : road.lanes()) {
            surfaces.add(surface(lane));
            edges(road, lane);
            if (lane.end() == LaneEnd.OBSTACLE) {
                double half = Lane.OBSTACLE_HALF_LENGTH;
                obstacles.add(new Rectangle2D.Double(lane.endX() - half, lane.y(lane.endX()) - half, 2 * half, 2 * half));
            }
        }
    }

    private static List<Double> samples(Lane lane) {
        List<Double> xs = new ArrayList<>();
        for (double x = lane.startX(); x < lane.endX(); x += STEP) {
            xs.add(x);
        }
        xs.add(lane.endX());
        return xs;
    }

    private static Shape surface(Lane lane) {
        List<Double> xs = samples(lane);
        Path2D.Double path = new Path2D.Double();
        double half = lane.width() / 2;
        path.moveTo(xs.get(0), lane.y(xs.get(0)) - half);
        for (double x : xs) {
            path.lineTo(x, lane.y(x) - half);
        }
        for (int i = xs.size() - 1; i >= 0; i--) {
            path.lineTo(xs.get(i), lane.y(xs.get(i)) + half);
        }
        path.closePath();
        return path;
    }

    /** The lane's two edges, cut into runs that are crossable (dashed) or not (solid). */
    private void edges(Road road, Lane lane) {
        double half = lane.width() / 2;
        for (int side = -1; side <= 1; side += 2) {
            Path2D.Double run = null;
            Boolean crossable = null;
            for (double x : samples(lane)) {
                Lane neighbour = side < 0 ? road.left(lane, x) : road.right(lane, x);
                boolean open = neighbour != null;
                double y = lane.y(x) + side * half;
                if (crossable == null || open != crossable) {
                    if (run != null) {
                        run.lineTo(x, y);
                        (crossable ? dashedEdges : solidEdges).add(run);
                    }
                    run = new Path2D.Double();
                    run.moveTo(x, y);
                    crossable = open;
                } else {
                    run.lineTo(x, y);
                }
            }
            if (run != null) {
                (crossable ? dashedEdges : solidEdges).add(run);
            }
        }
    }

    @Override
    protected void paint(Graphics2D graphics, AffineTransform toScreen) {
        graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        graphics.setPaint(MergeColours.ASPHALT);
        for (Shape surface : surfaces) {
            graphics.fill(toScreen.createTransformedShape(surface));
        }
        graphics.setPaint(MergeColours.MARKING);
        graphics.setStroke(SOLID);
        for (Shape edge : solidEdges) {
            graphics.draw(toScreen.createTransformedShape(edge));
        }
        graphics.setStroke(DASHED);
        for (Shape edge : dashedEdges) {
            graphics.draw(toScreen.createTransformedShape(edge));
        }
        graphics.setPaint(MergeColours.OBSTACLE);
        for (Shape obstacle : obstacles) {
            graphics.fill(toScreen.createTransformedShape(obstacle));
        }
    }
}
