package org.agora.viz.smallcell;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import org.agora.wireless.smallcell.SmallCellView;

/**
 * The coverage map: the best SINR a user would have at each point of the city over the median
 * channel (no shadowing or blockage), sampled every {@link #RESOLUTION_M} metres when a run starts
 * (cells do not move) and drawn under the buildings.
 */
final class CoverageLayer extends CityLayer {

    /** Metres between two samples of the map. */
    static final double RESOLUTION_M = 4;

    private BufferedImage image;

    CoverageLayer(SmallCellScene scene) {
        super(scene);
    }

    /** Samples the map of the run's city (simulation thread). */
    void compute(SmallCellView view) {
        int columns = (int) Math.ceil(scene.widthM() / RESOLUTION_M);
        int rows = (int) Math.ceil(scene.heightM() / RESOLUTION_M);
        BufferedImage map = new BufferedImage(columns, rows, BufferedImage.TYPE_INT_RGB);
        for (int j = 0; j < rows; j++) {
            for (int i = 0; i < columns; i++) {
                double[] at = centre(i, j);
                map.setRGB(i, j, CityColours.sinr(view.coverageSinrDb(at[0], at[1])).getRGB());
            }
        }
        image = map;
    }

    /** The city point (x, y) that pixel (i, j) of the map samples; row 0 is the north edge. */
    double[] centre(int i, int j) {
        return new double[] {(i + 0.5) * RESOLUTION_M, scene.heightM() - (j + 0.5) * RESOLUTION_M};
    }

    /** The map as drawn, one pixel per sample; null before a run. */
    BufferedImage image() {
        return image;
    }

    @Override
    protected void paint(Graphics2D graphics, AffineTransform toScreen) {
        if (image == null) {
            return;
        }
        AffineTransform place = new AffineTransform(toScreen);
        place.translate(0, scene.heightM());
        place.scale(RESOLUTION_M, -RESOLUTION_M);
        graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        graphics.drawImage(image, place, null);
    }
}
