package org.agora.viz.merge;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;

/**
 * Marks of what just happened: a ring around each CAV whose action the safety module replaced in
 * the last second (a double ring for an emergency stop), and a cross where a collision happened
 * in the last three seconds.
 */
final class MarkerPortrayal extends RoadLayer {

    private static final double RING_RADIUS = 4.5;
    private static final double CROSS_HALF = 3;
    private static final BasicStroke RING = new BasicStroke(2f);
    private static final BasicStroke CROSS = new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);

    private final MergeScene scene;

    MarkerPortrayal(MergeScene scene, RoadGeometry geometry) {
        super(geometry);
        this.scene = scene;
    }

    @Override
    protected void paint(Graphics2D graphics, AffineTransform toScreen) {
        graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        graphics.setPaint(MergeColours.OVERRIDE);
        graphics.setStroke(RING);
        for (MergeScene.OverrideMark mark : scene.recentOverrides()) {
            VehicleView view = scene.view(mark.cav());
            if (view == null) {
                continue;
            }
            ring(graphics, toScreen, view.xMetres(), view.yMetres(), RING_RADIUS);
            if (mark.emergencyStop()) {
                ring(graphics, toScreen, view.xMetres(), view.yMetres(), RING_RADIUS + 1.2);
            }
        }
        graphics.setPaint(MergeColours.COLLISION);
        graphics.setStroke(CROSS);
        for (MergeScene.CollisionMark mark : scene.recentCollisions()) {
            line(graphics, toScreen, mark.x() - CROSS_HALF, mark.y() - CROSS_HALF, mark.x() + CROSS_HALF, mark.y() + CROSS_HALF);
            line(graphics, toScreen, mark.x() - CROSS_HALF, mark.y() + CROSS_HALF, mark.x() + CROSS_HALF, mark.y() - CROSS_HALF);
        }
    }

    private static void ring(Graphics2D graphics, AffineTransform toScreen, double x, double y, double radius) {
        graphics.draw(toScreen.createTransformedShape(new Ellipse2D.Double(x - radius, y - radius, 2 * radius, 2 * radius)));
    }

    private static void line(Graphics2D graphics, AffineTransform toScreen, double x1, double y1, double x2, double y2) {
        Point2D a = toScreen.transform(new Point2D.Double(x1, y1), null);
        Point2D b = toScreen.transform(new Point2D.Double(x2, y2), null);
        graphics.draw(new Line2D.Double(a, b));
    }
}
