package org.agora.viz.merge;

import java.awt.geom.AffineTransform;
import org.agora.viz.display.WorldLayer;

/** A layer of the merge display drawn in road coordinates (metres): the road, the shared intents, the markers. */
abstract class RoadLayer extends WorldLayer {

    protected final RoadGeometry geometry;

    RoadLayer(RoadGeometry geometry) {
        super(geometry.width(), geometry.height(), AffineTransform.getTranslateInstance(-geometry.minX(), -geometry.minY()));
        this.geometry = geometry;
    }
}
