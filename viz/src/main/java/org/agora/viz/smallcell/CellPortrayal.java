package org.agora.viz.smallcell;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Path2D;
import sim.display.GUIState;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.Inspector;
import sim.portrayal.LocationWrapper;
import sim.portrayal.SimpleInspector;
import sim.portrayal.SimplePortrayal2D;

/**
 * A small cell: a triangle in its cluster's colour, labelled with the blocks it lends and its
 * price when it lends some. A click on it opens its inspector.
 */
final class CellPortrayal extends SimplePortrayal2D {

    private static final long serialVersionUID = 1L;
    /** Half the triangle's side, metres. */
    static final double HALF_M = 7;
    private static final BasicStroke OUTLINE = new BasicStroke(1.2f);
    private static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 10);

    private final transient SmallCellDisplay display;

    CellPortrayal(SmallCellDisplay display) {
        this.display = display;
    }

    static Shape body(DrawInfo2D info) {
        double hx = HALF_M * info.draw.width;
        double hy = HALF_M * info.draw.height;
        Path2D.Double triangle = new Path2D.Double();
        triangle.moveTo(info.draw.x, info.draw.y - hy);
        triangle.lineTo(info.draw.x + hx, info.draw.y + hy * 0.8);
        triangle.lineTo(info.draw.x - hx, info.draw.y + hy * 0.8);
        triangle.closePath();
        return triangle;
    }

    @Override
    public void draw(Object object, Graphics2D graphics, DrawInfo2D info) {
        CellView cell = (CellView) object;
        Shape body = body(info);
        graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        graphics.setPaint(CityColours.cluster(cell.clusterIndex()));
        graphics.fill(body);
        graphics.setPaint(CityColours.OUTLINE);
        graphics.setStroke(OUTLINE);
        graphics.draw(body);
        int lent = cell.getLentBlocks();
        if (lent > 0) {
            graphics.setFont(LABEL);
            graphics.setPaint(CityColours.TEXT);
            String label = lent + " lent" + (cell.getPrice() >= 0 ? String.format(" @%.3f", cell.getPrice()) : "");
            graphics.drawString(label, (float) labelX(label, graphics, info), (float) info.draw.y);
        }
    }

    /** Right of the station, or left of it where the label would run past the display's visible edge. */
    private static double labelX(String label, Graphics2D graphics, DrawInfo2D info) {
        double width = graphics.getFontMetrics().stringWidth(label);
        double right = info.draw.x + HALF_M * info.draw.width + 2;
        return right + width <= info.clip.getMaxX() ? right : info.draw.x - HALF_M * info.draw.width - 2 - width;
    }

    @Override
    public boolean hitObject(Object object, DrawInfo2D range) {
        return body(range).intersects(range.clip);
    }

    @Override
    public Inspector getInspector(LocationWrapper wrapper, GUIState gui) {
        CellView cell = (CellView) wrapper.getObject();
        display.inspected(cell);
        return new SimpleInspector(cell, gui, "Cell " + cell.getId());
    }

    @Override
    public String getName(LocationWrapper wrapper) {
        return ((CellView) wrapper.getObject()).getId();
    }
}
