package org.agora.viz.smallcell;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.agora.wireless.city.Building;

/** The buildings, grey by height (the taller, the darker). */
final class BuildingsLayer extends CityLayer {

    BuildingsLayer(SmallCellScene scene) {
        super(scene);
    }

    @Override
    protected void paint(Graphics2D graphics, AffineTransform toScreen) {
        List<Building> buildings = scene.buildings();
        double lowest = buildings.stream().mapToDouble(Building::heightM).min().orElse(0);
        double highest = buildings.stream().mapToDouble(Building::heightM).max().orElse(0);
        for (Building building : buildings) {
            graphics.setPaint(CityColours.building(building.heightM(), lowest, highest));
            graphics.fill(toScreen.createTransformedShape(new Rectangle2D.Double(building.minX(), building.minY(),
                    building.maxX() - building.minX(), building.maxY() - building.minY())));
        }
    }
}
