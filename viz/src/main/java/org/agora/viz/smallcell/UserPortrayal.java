package org.agora.viz.smallcell;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import org.agora.wireless.smallcell.events.UserKind;
import sim.display.GUIState;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.Inspector;
import sim.portrayal.LocationWrapper;
import sim.portrayal.SimpleInspector;
import sim.portrayal.SimplePortrayal2D;

/**
 * A user: a disc (pedestrian) or a square (vehicle), coloured by what is happening to it (holding
 * extra blocks, in a handover, degraded, none). A click on it opens its inspector.
 */
final class UserPortrayal extends SimplePortrayal2D {

    private static final long serialVersionUID = 1L;
    /** Drawn radius, metres (larger than life, to be seen). */
    static final double RADIUS_M = 4;
    private static final BasicStroke OUTLINE = new BasicStroke(1f);
    private static final BasicStroke SELECTED = new BasicStroke(2.5f);

    private final transient SmallCellDisplay display;

    UserPortrayal(SmallCellDisplay display) {
        this.display = display;
    }

    static Shape body(UserView user, DrawInfo2D info) {
        double rx = RADIUS_M * info.draw.width;
        double ry = RADIUS_M * info.draw.height;
        if (user.getKind().equals(UserKind.VEHICLE.word())) {
            return new Rectangle2D.Double(info.draw.x - rx, info.draw.y - ry, 2 * rx, 2 * ry);
        }
        return new Ellipse2D.Double(info.draw.x - rx, info.draw.y - ry, 2 * rx, 2 * ry);
    }

    @Override
    public void draw(Object object, Graphics2D graphics, DrawInfo2D info) {
        UserView user = (UserView) object;
        Shape body = body(user, info);
        graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        graphics.setPaint(user.colour());
        graphics.fill(body);
        graphics.setPaint(info.selected ? CityColours.HANDOVER : CityColours.OUTLINE);
        graphics.setStroke(info.selected ? SELECTED : OUTLINE);
        graphics.draw(body);
    }

    @Override
    public boolean hitObject(Object object, DrawInfo2D range) {
        return body((UserView) object, range).intersects(range.clip);
    }

    @Override
    public Inspector getInspector(LocationWrapper wrapper, GUIState gui) {
        UserView user = (UserView) wrapper.getObject();
        display.inspected(user);
        return new SimpleInspector(user, gui, "User " + user.getId());
    }

    @Override
    public String getName(LocationWrapper wrapper) {
        return ((UserView) wrapper.getObject()).getId();
    }
}
