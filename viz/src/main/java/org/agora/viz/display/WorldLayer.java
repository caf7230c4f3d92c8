package org.agora.viz.display;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;
import sim.portrayal.Portrayal;
import sim.portrayal.SimplePortrayal2D;
import sim.util.Bag;

/**
 * A layer of a family display drawn in the model's own coordinates (metres) rather than object by
 * object: a road, buildings, a coverage map, links, markers. Nothing in it can be clicked. The
 * field it is drawn into spans {@code fieldWidth} × {@code fieldHeight} metres; {@code worldToField}
 * maps the model's coordinates there (a shift, a flip of the y axis).
 */
public abstract class WorldLayer extends FieldPortrayal2D {

    private final double fieldWidth;
    private final double fieldHeight;
    private final AffineTransform worldToField;

    protected WorldLayer(double fieldWidth, double fieldHeight, AffineTransform worldToField) {
        this.fieldWidth = fieldWidth;
        this.fieldHeight = fieldHeight;
        this.worldToField = new AffineTransform(worldToField);
        setField(this);
    }

    @Override
    public void draw(Object object, Graphics2D graphics, DrawInfo2D info) {
        paint(graphics, toScreen(info));
    }

    /** Draws the layer; {@code toScreen} maps model metres to pixels. */
    protected abstract void paint(Graphics2D graphics, AffineTransform toScreen);

    /** Pixels from model metres, for the field drawn into {@code info}'s rectangle. */
    public AffineTransform toScreen(DrawInfo2D info) {
        AffineTransform transform = new AffineTransform();
        transform.translate(info.draw.x, info.draw.y);
        transform.scale(info.draw.width / fieldWidth, info.draw.height / fieldHeight);
        transform.concatenate(worldToField);
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
