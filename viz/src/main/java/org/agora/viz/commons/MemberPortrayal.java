package org.agora.viz.commons;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import sim.display.GUIState;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.Inspector;
import sim.portrayal.LocationWrapper;
import sim.portrayal.SimpleInspector;
import sim.portrayal.SimplePortrayal2D;

/**
 * A member's column: what it asked for this month (an outline) and what it got (filled in its
 * kind's colour), drawn up from the members' axis, with its id under the axis. A click on the
 * column opens its inspector.
 */
final class MemberPortrayal extends SimplePortrayal2D {

    private static final long serialVersionUID = 1L;
    private static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    /** Each bar's width, as a share of the column. */
    static final double BAR_SHARE = 0.35;

    private final transient CommonsScene scene;
    private final transient CommonsDisplay display;

    MemberPortrayal(CommonsScene scene, CommonsDisplay display) {
        this.scene = scene;
        this.display = display;
    }

    /** Member's bar of {@code units} on the {@code left} or right of its column's centre, in pixels. */
    private Rectangle2D.Double bar(DrawInfo2D info, double units, boolean left) {
        double width = scene.columnWidth() * BAR_SHARE * info.draw.width;
        double height = units * scene.barScale() * info.draw.height;
        double x = left ? info.draw.x - width : info.draw.x;
        return new Rectangle2D.Double(x, info.draw.y - height, width, height);
    }

    @Override
    public void draw(Object object, Graphics2D graphics, DrawInfo2D info) {
        MemberView member = (MemberView) object;
        if (member.index() >= scene.shown()) {
            return;
        }
        graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        graphics.setPaint(CommonsColours.kind(member.getKind()));
        graphics.fill(bar(info, member.getTaken(), false));
        graphics.setPaint(CommonsColours.INK);
        graphics.setStroke(new BasicStroke(info.selected ? 2.5f : 1f));
        graphics.draw(bar(info, member.getRequested(), true));
        if (scene.columnWidth() * info.draw.width >= 28) {
            graphics.setFont(LABEL);
            graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            String id = member.getId();
            int width = graphics.getFontMetrics().stringWidth(id);
            graphics.drawString(id, (float) (info.draw.x - width / 2.0), (float) (info.draw.y + 16));
        }
    }

    /** The whole column, from the axis to the top of the panel. */
    @Override
    public boolean hitObject(Object object, DrawInfo2D range) {
        MemberView member = (MemberView) object;
        if (member.index() >= scene.shown()) {
            return false;
        }
        double half = scene.columnWidth() / 2 * range.draw.width;
        double height = (CommonsScene.BOTTOM - CommonsScene.TOP) * range.draw.height;
        return new Rectangle2D.Double(range.draw.x - half, range.draw.y - height, 2 * half, height).intersects(range.clip);
    }

    @Override
    public Inspector getInspector(LocationWrapper wrapper, GUIState gui) {
        MemberView member = (MemberView) wrapper.getObject();
        display.inspected(member);
        return new SimpleInspector(member, gui, "Member " + member.getId());
    }

    @Override
    public String getName(LocationWrapper wrapper) {
        return ((MemberView) wrapper.getObject()).getId();
    }
}
