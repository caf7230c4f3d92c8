package org.agora.viz.merge;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import org.agora.vehicles.traffic.Vehicle;
import sim.display.GUIState;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.Inspector;
import sim.portrayal.LocationWrapper;
import sim.portrayal.SimpleInspector;
import sim.portrayal.SimplePortrayal2D;

/**
 * A vehicle to scale (5 m × 2 m, turned by its heading) in its class's colour: HDVs and CAVs
 * apart. A click on it opens its inspector.
 */
final class VehiclePortrayal extends SimplePortrayal2D {

    private static final long serialVersionUID = 1L;
    private static final BasicStroke OUTLINE = new BasicStroke(1f);
    private static final BasicStroke SELECTION = new BasicStroke(2f);

    private final transient MergeDisplay display;

    VehiclePortrayal(MergeDisplay display) {
        this.display = display;
    }

    /** The vehicle's outline in pixels, for a vehicle drawn at {@code info}. */
    static Shape body(Vehicle vehicle, DrawInfo2D info) {
        AffineTransform transform = new AffineTransform();
        transform.translate(info.draw.x, info.draw.y);
        transform.scale(info.draw.width, info.draw.height);
        transform.rotate(vehicle.heading());
        return transform.createTransformedShape(new Rectangle2D.Double(-Vehicle.LENGTH / 2, -Vehicle.WIDTH / 2,
                Vehicle.LENGTH, Vehicle.WIDTH));
    }

    @Override
    public void draw(Object object, Graphics2D graphics, DrawInfo2D info) {
        VehicleView view = (VehicleView) object;
        Shape body = body(view.vehicle(), info);
        Color colour = view.vehicle().isCav() ? MergeColours.CAV : MergeColours.HDV;
        graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        graphics.setPaint(colour);
        graphics.fill(body);
        graphics.setStroke(info.selected ? SELECTION : OUTLINE);
        graphics.setPaint(info.selected ? MergeColours.SELECTED : colour.darker());
        graphics.draw(body);
    }

    @Override
    public boolean hitObject(Object object, DrawInfo2D range) {
        return body(((VehicleView) object).vehicle(), range).intersects(range.clip);
    }

    @Override
    public Inspector getInspector(LocationWrapper wrapper, GUIState gui) {
        VehicleView view = (VehicleView) wrapper.getObject();
        display.inspected(view);
        return new SimpleInspector(view, gui, "Vehicle " + view.getId());
    }

    @Override
    public String getName(LocationWrapper wrapper) {
        VehicleView view = (VehicleView) wrapper.getObject();
        return view.getType() + " " + view.getId();
    }
}
