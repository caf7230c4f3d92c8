package org.agora.viz.smallcell;

import java.awt.geom.AffineTransform;
import org.agora.viz.display.WorldLayer;

/** A layer of the small-cell display drawn in city coordinates (metres, x east, y north: north is up). */
abstract class CityLayer extends WorldLayer {

    protected final SmallCellScene scene;

    /**
     * Space around the city in the display, metres: base stations stand on its edges and their
     * labels reach beyond them, which a display the city's size would cut off.
     */
    static final double MARGIN_M = 30;

    CityLayer(SmallCellScene scene) {
        super(fieldWidth(scene), fieldHeight(scene), northUp(scene.heightM()));
        this.scene = scene;
    }

    /** The display field's width, metres: the city's and a margin either side. */
    static double fieldWidth(SmallCellScene scene) {
        return scene.widthM() + 2 * MARGIN_M;
    }

    /** The display field's height, metres: the city's, a margin either side and the key's band below. */
    static double fieldHeight(SmallCellScene scene) {
        return scene.heightM() + 2 * MARGIN_M + KeyLayer.BAND_M;
    }

    /** Field coordinates (y down, from the margin's corner) from city coordinates (y up). */
    static AffineTransform northUp(double heightM) {
        AffineTransform flip = AffineTransform.getTranslateInstance(MARGIN_M, MARGIN_M + heightM);
        flip.scale(1, -1);
        return flip;
    }
}
