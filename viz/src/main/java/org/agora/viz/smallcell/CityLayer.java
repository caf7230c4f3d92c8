package org.agora.viz.smallcell;

import java.awt.geom.AffineTransform;
import org.agora.viz.display.WorldLayer;

/** A layer of the small-cell display drawn in city coordinates (metres, x east, y north: north is up). */
abstract class CityLayer extends WorldLayer {

    protected final SmallCellScene scene;

    CityLayer(SmallCellScene scene) {
        super(scene.widthM(), scene.heightM(), northUp(scene.heightM()));
        this.scene = scene;
    }

    /** Field coordinates (y down) from city coordinates (y up). */
    static AffineTransform northUp(double heightM) {
        AffineTransform flip = AffineTransform.getTranslateInstance(0, heightM);
        flip.scale(1, -1);
        return flip;
    }
}
