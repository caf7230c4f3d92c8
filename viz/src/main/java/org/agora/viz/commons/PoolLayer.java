package org.agora.viz.commons;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.agora.agents.commons.Direction;
import org.agora.agents.commons.SocietyView;
import org.agora.viz.display.WorldLayer;

/**
 * The pool as a tank filled to its level (a lake, a pasture, a river, a pile of trash), with the
 * level it had before this month's harvest, the sustainability line (the level this month's
 * harvest could go down to and still grow back: h(t) − F(t)), and the collapse threshold; on the
 * right, the members' axis, the per-agent threshold and the agreed limit when there is one. The
 * lines across the members are a layer of their own beneath the members' bars, so that a bar
 * reaching a line always shows; labels of lines lying close together are moved apart.
 */
final class PoolLayer extends WorldLayer {

    private static final BasicStroke LINE = new BasicStroke(2f);
    private static final BasicStroke DASHED = new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {7f, 5f}, 0f);
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 15);
    private static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

    private final CommonsScene scene;
    private final boolean linesOnly;

    /**
     * @param linesOnly draw only the members' axis and the lines across their bars (a layer beneath the bars)
     */
    /** The length of the members' axis ticks, pixels. */
    static final int TICK_PIXELS = 5;

    PoolLayer(CommonsScene scene, boolean linesOnly) {
        super(CommonsScene.WIDTH, CommonsScene.HEIGHT, new AffineTransform());
        this.scene = scene;
        this.linesOnly = linesOnly;
    }

    @Override
    protected void paint(Graphics2D graphics, AffineTransform toScreen) {
        SocietyView view = scene.view();
        if (view == null) {
            if (!linesOnly) {
                beforeTheRun(graphics, toScreen);
            }
            return;
        }
        graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        if (linesOnly) {
            memberLines(graphics, toScreen, view);
        } else {
            pool(graphics, toScreen, view);
        }
    }

    private void pool(Graphics2D graphics, AffineTransform toScreen, SocietyView view) {
        double left = CommonsScene.POOL_LEFT;
        double right = CommonsScene.POOL_RIGHT;
        graphics.setPaint(CommonsColours.EMPTY);
        graphics.fill(toScreen.createTransformedShape(new Rectangle2D.Double(left, CommonsScene.TOP, right - left,
                CommonsScene.BOTTOM - CommonsScene.TOP)));
        double top = scene.poolY(view.level());
        graphics.setPaint(CommonsColours.resource(scene.setting()));
        graphics.fill(toScreen.createTransformedShape(new Rectangle2D.Double(left, top, right - left,
                CommonsScene.BOTTOM - top)));
        graphics.setPaint(CommonsColours.INK);
        graphics.setStroke(new BasicStroke(1f));
        graphics.draw(toScreen.createTransformedShape(new Rectangle2D.Double(left, CommonsScene.TOP, right - left,
                CommonsScene.BOTTOM - CommonsScene.TOP)));
        String unit = scene.setting().unit();
        List<Line> lines = new ArrayList<>();
        if (view.month() > 0) {
            lines.add(new Line(scene.poolY(view.levelBeforeHarvest()), CommonsColours.BEFORE, DASHED,
                    "before: " + view.levelBeforeHarvest()));
            long sustainable = Math.max(0, view.levelBeforeHarvest() - view.groupThreshold());
            lines.add(new Line(scene.poolY(sustainable), CommonsColours.SUSTAINABLE, LINE,
                    (view.direction() == Direction.TAKE ? "sustainable: " : "take out to: ") + sustainable));
        }
        lines.add(new Line(scene.poolY(view.collapseThreshold()), CommonsColours.COLLAPSE, DASHED,
                "collapse: " + view.collapseThreshold()));
        draw(graphics, toScreen, left, right + 30, lines);
        text(graphics, toScreen, TITLE, left, CommonsScene.TOP - 40, scene.setting().name().toLowerCase()
                + (view.month() > 0 ? ", month " + view.month() : "") + (view.collapsed() ? " — collapsed" : ""));
        text(graphics, toScreen, LABEL, left, CommonsScene.TOP - 18, view.level() + " " + unit + " of " + view.capacity()
                + " " + unit);
        text(graphics, toScreen, TITLE, CommonsScene.MEMBERS_LEFT, CommonsScene.TOP - 40,
                "members: asked for (outline), got (filled)");
        if (view.members() > CommonsScene.MEMBERS_SHOWN) {
            text(graphics, toScreen, LABEL, CommonsScene.MEMBERS_LEFT, CommonsScene.TOP - 18, "the first "
                    + CommonsScene.MEMBERS_SHOWN + " of " + view.members());
        }
    }

    /** Before a run the model holds nothing to read: the empty tank, the setting's name and how to begin. */
    private void beforeTheRun(Graphics2D graphics, AffineTransform toScreen) {
        graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        double left = CommonsScene.POOL_LEFT;
        double right = CommonsScene.POOL_RIGHT;
        graphics.setPaint(CommonsColours.INK);
        graphics.setStroke(new BasicStroke(1f));
        graphics.draw(toScreen.createTransformedShape(new Rectangle2D.Double(left, CommonsScene.TOP, right - left,
                CommonsScene.BOTTOM - CommonsScene.TOP)));
        text(graphics, toScreen, TITLE, left, CommonsScene.TOP - 40, scene.setting().name().toLowerCase());
        text(graphics, toScreen, LABEL, CommonsScene.MEMBERS_LEFT, CommonsScene.TOP - 18,
                "press play (or step) in the Console to begin the first month");
    }

    private void memberLines(Graphics2D graphics, AffineTransform toScreen, SocietyView view) {
        double left = CommonsScene.MEMBERS_LEFT;
        double right = CommonsScene.MEMBERS_RIGHT;
        graphics.setPaint(CommonsColours.INK);
        graphics.setStroke(new BasicStroke(1f));
        graphics.draw(new Line2D.Double(toScreen.transform(new Point2D.Double(left, CommonsScene.BOTTOM), null),
                toScreen.transform(new Point2D.Double(right, CommonsScene.BOTTOM), null)));
        valueAxis(graphics, toScreen);
        if (view.month() == 0) {
            return;
        }
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(scene.barY(view.agentThreshold()), CommonsColours.THRESHOLD, LINE,
                "threshold " + view.agentThreshold()));
        if (view.agreedLimit() >= 0) {
            lines.add(new Line(scene.barY(view.agreedLimit()), CommonsColours.AGREED, DASHED, "agreed " + view.agreedLimit()));
        }
        draw(graphics, toScreen, left, right, lines);
    }

    /** The members' value axis, left of the first column: a tick and its value in pool units at each round step. */
    private void valueAxis(Graphics2D graphics, AffineTransform toScreen) {
        double x = CommonsScene.AXIS_X;
        graphics.draw(new Line2D.Double(toScreen.transform(new Point2D.Double(x, CommonsScene.BOTTOM), null),
                toScreen.transform(new Point2D.Double(x, CommonsScene.TOP), null)));
        graphics.setFont(LABEL);
        for (long units : scene.barTicks()) {
            double y = scene.barY(units);
            Point2D at = toScreen.transform(new Point2D.Double(x, y), null);
            graphics.draw(new Line2D.Double(at.getX() - TICK_PIXELS, at.getY(), at.getX(), at.getY()));
            String label = Long.toString(units);
            int width = graphics.getFontMetrics().stringWidth(label);
            graphics.drawString(label, (float) (at.getX() - TICK_PIXELS - 3 - width), (float) at.getY() + 4);
        }
    }

    /** A horizontal line at {@code y} (field units) with its label at its right end. */
    private record Line(double y, Color colour, BasicStroke stroke, String label) {
    }

    /**
     * Draws the lines from {@code from} to {@code to} in their order (a dashed line drawn after a solid
     * one at the same height lets it show between its dashes), then their labels, moved apart where
     * lines lie closer than a line of text.
     */
    private static void draw(Graphics2D graphics, AffineTransform toScreen, double from, double to, List<Line> lines) {
        double[] at = new double[lines.size()];
        double x = 0;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            graphics.setPaint(line.colour());
            graphics.setStroke(line.stroke());
            Point2D a = toScreen.transform(new Point2D.Double(from, line.y()), null);
            Point2D b = toScreen.transform(new Point2D.Double(to, line.y()), null);
            graphics.draw(new Line2D.Double(a, b));
            at[i] = b.getY();
            x = b.getX();
        }
        graphics.setFont(LABEL);
        double[] placed = LineLabels.spread(at, graphics.getFontMetrics().getHeight());
        for (int i = 0; i < lines.size(); i++) {
            graphics.setPaint(lines.get(i).colour());
            graphics.drawString(lines.get(i).label(), (float) x + 4, (float) placed[i] + 4);
        }
    }

    private static void text(Graphics2D graphics, AffineTransform toScreen, Font font, double x, double y, String text) {
        Point2D at = toScreen.transform(new Point2D.Double(x, y), null);
        graphics.setFont(font);
        graphics.setPaint(CommonsColours.INK);
        graphics.drawString(text, (float) at.getX(), (float) at.getY());
    }
}
