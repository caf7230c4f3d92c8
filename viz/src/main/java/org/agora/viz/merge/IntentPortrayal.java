package org.agora.viz.merge;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.util.List;
import org.agora.vehicles.event.IntentBroadcast;
import org.agora.vehicles.event.IntentPoint;

/** Each CAV's shared intent: the path it announced (its predicted points), ending in a dot. */
final class IntentPortrayal extends RoadLayer {

    private static final BasicStroke PATH = new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    private static final double DOT_PIXELS = 5;

    private final MergeScene scene;

    IntentPortrayal(MergeScene scene, RoadGeometry geometry) {
        super(geometry);
        this.scene = scene;
    }

    @Override
    protected void paint(Graphics2D graphics, AffineTransform toScreen) {
        graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        graphics.setPaint(MergeColours.INTENT);
        graphics.setStroke(PATH);
        for (IntentBroadcast intent : scene.intents()) {
            List<IntentPoint> points = intent.points();
            if (points.isEmpty()) {
                continue;
            }
            Path2D.Double path = new Path2D.Double();
            path.moveTo(points.get(0).xM(), points.get(0).yM());
            for (IntentPoint point : points) {
                path.lineTo(point.xM(), point.yM());
            }
            graphics.draw(toScreen.createTransformedShape(path));
            IntentPoint end = points.get(points.size() - 1);
            Point2D screen = toScreen.transform(new Point2D.Double(end.xM(), end.yM()), null);
            graphics.fill(new Ellipse2D.Double(screen.getX() - DOT_PIXELS / 2, screen.getY() - DOT_PIXELS / 2,
                    DOT_PIXELS, DOT_PIXELS));
        }
    }
}
