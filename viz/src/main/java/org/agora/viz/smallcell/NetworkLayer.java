package org.agora.viz.smallcell;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import org.agora.wireless.comp.CompClusters;
import org.agora.wireless.smallcell.SmallCellView;

/**
 * The network over the city: each CoMP cluster as lines from its centroid to its cells (in the
 * cluster's colour), each user's serving link, the link to a handover's target (dashed), and the
 * links of extra blocks lent (thick, thicker for more blocks).
 */
final class NetworkLayer extends CityLayer {

    private static final BasicStroke CLUSTER = new BasicStroke(1.5f);
    private static final BasicStroke SERVING = new BasicStroke(1f);
    private static final BasicStroke TARGET = new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {4f, 4f}, 0f);

    NetworkLayer(SmallCellScene scene) {
        super(scene);
    }

    @Override
    protected void paint(Graphics2D graphics, AffineTransform toScreen) {
        SmallCellView view = scene.view();
        if (view == null) {
            return;
        }
        graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        CompClusters clusters = view.clusters();
        graphics.setStroke(CLUSTER);
        for (int c = 0; c < clusters.count(); c++) {
            graphics.setPaint(CityColours.cluster(c));
            Point2D centre = toScreen.transform(new Point2D.Double(clusters.centroidX(c), clusters.centroidY(c)), null);
            graphics.fill(new Ellipse2D.Double(centre.getX() - 3, centre.getY() - 3, 6, 6));
            for (int cell : clusters.members(c)) {
                graphics.draw(new Line2D.Double(centre, toScreen.transform(
                        new Point2D.Double(view.cellX(cell), view.cellY(cell)), null)));
            }
        }
        for (int u = 0; u < view.users(); u++) {
            Point2D user = toScreen.transform(new Point2D.Double(view.userX(u), view.userY(u)), null);
            int serving = view.servingCell(u);
            graphics.setPaint(CityColours.SERVING_LINK);
            graphics.setStroke(SERVING);
            graphics.draw(new Line2D.Double(user, cell(view, serving, toScreen)));
            int target = view.handoverTarget(u);
            if (target >= 0) {
                graphics.setPaint(CityColours.TARGET_LINK);
                graphics.setStroke(TARGET);
                graphics.draw(new Line2D.Double(user, cell(view, target, toScreen)));
            }
            graphics.setPaint(CityColours.GRANT_LINK);
            for (SmallCellView.GrantView grant : view.grants(u)) {
                graphics.setStroke(new BasicStroke((float) Math.min(6, 1.5 + grant.blocks() / 4.0)));
                graphics.draw(new Line2D.Double(user, cell(view, grant.cell(), toScreen)));
            }
        }
    }

    private static Point2D cell(SmallCellView view, int cell, AffineTransform toScreen) {
        return toScreen.transform(new Point2D.Double(view.cellX(cell), view.cellY(cell)), null);
    }
}
