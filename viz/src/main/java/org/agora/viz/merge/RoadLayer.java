package org.agora.viz.merge;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;
import sim.portrayal.Portrayal;
import sim.portrayal.SimplePortrayal2D;
import sim.util.Bag;

/**
 * A layer of the merge display drawn in road coordinates (metres) rather than object by object:
 * the road, the shared intents, the markers. Nothing in it can be clicked.
 */
abstract class RoadLayer extends FieldPortrayal2D {

    protected final RoadGeometry geometry;

    RoadLayer(RoadGeometry geometry) {
        this.geometry = geometry;
        setField(geometry);
    }

    @Override
    public void draw(Object object, Graphics2D graphics, DrawInfo2D info) {
        paint(graphics, toScreen(info));
    }

    /** Draws the layer; {@code toScreen} maps road metres to pixels. */
    protected abstract void paint(Graphics2D graphics, AffineTransform toScreen);

    /** Pixels from road metres for the field drawn into {@code info}'s rectangle. */
    protected AffineTransform toScreen(DrawInfo2D info) {
        double scaleX = info.draw.width / geometry.width();
        double scaleY = info.draw.height / geometry.height();
        AffineTransform transform = new AffineTransform();
        transform.translate(info.draw.x, info.draw.y);
        transform.scale(scaleX, scaleY);
        transform.translate(-geometry.minX(), -geometry.minY());
        return transform;
    }

    @Override
    public void hitObjects(DrawInfo2D range, Bag putInHere) {
        // a layer holds nothing to inspect
    }

    @Override
    public Portrayal getDefaultPortrayal() {
        return new SimplePortrayal2D();
    }
}
