package org.agora.viz.merge;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Locale;
import sim.portrayal.DrawInfo2D;

/**
 * What the merge display draws over the visible part of the road, fixed to the window rather than
 * to the road: a legend of the symbols along the top edge, a metre scale bar at the bottom left
 * and the episode and simulation time at the bottom right. Geometry in pixels of the display,
 * measured from the visible rectangle's corner, so that tests can find it.
 *
 * <p>Threading: painted under the schedule's lock, like the other layers.
 */
final class MergeOverlay extends RoadLayer {

    /** Height of the legend's row and of the scale's band, pixels. */
    static final int BAND = 22;
    /** Side of a legend swatch, pixels. */
    static final int SWATCH = 12;
    /** The scale bar is about this long, pixels; its length in metres is a round number. */
    static final double SCALE_PIXELS = 120;
    private static final int PAD = 6;
    private static final int ENTRY_WIDTH = 100;
    private static final Color INK = new Color(0x202020);
    private static final Color PANEL = new Color(255, 255, 255, 215);
    private static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private static final double[] ROUND_METRES = {1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000};

    /** A legend entry: a symbol's name and colour. */
    record Entry(String name, Color colour) {
    }

    /** The legend's entries, left to right. */
    static final List<Entry> LEGEND = List.of(
            new Entry("HDV", MergeColours.HDV),
            new Entry("CAV", MergeColours.CAV),
            new Entry("intent", MergeColours.INTENT),
            new Entry("override", MergeColours.OVERRIDE),
            new Entry("collision", MergeColours.COLLISION));

    private final MergeScene scene;

    MergeOverlay(MergeScene scene, RoadGeometry geometry) {
        super(geometry);
        this.scene = scene;
    }

    @Override
    public void draw(Object object, Graphics2D graphics, DrawInfo2D info) {
        double pixelsPerMetre = info.draw.width / geometry.width();
        Rectangle visible = info.clip.getBounds();
        graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        graphics.setFont(FONT);
        drawLegend(graphics, visible);
        drawScale(graphics, visible, pixelsPerMetre);
        drawClock(graphics, visible);
    }

    @Override
    protected void paint(Graphics2D graphics, AffineTransform toScreen) {
        // drawn in window pixels by draw(), not in road metres
    }

    /** The swatch of legend entry {@code index} within the {@code visible} rectangle. */
    static Rectangle swatch(Rectangle visible, int index) {
        return new Rectangle(visible.x + PAD + index * ENTRY_WIDTH, visible.y + (BAND - SWATCH) / 2, SWATCH, SWATCH);
    }

    private static void drawLegend(Graphics2D graphics, Rectangle visible) {
        graphics.setPaint(PANEL);
        graphics.fillRect(visible.x, visible.y, PAD + LEGEND.size() * ENTRY_WIDTH, BAND);
        for (int i = 0; i < LEGEND.size(); i++) {
            Entry entry = LEGEND.get(i);
            Rectangle box = swatch(visible, i);
            graphics.setPaint(entry.colour());
            if (entry.colour().equals(MergeColours.INTENT) && entry.name().equals("intent")) {
                // the intent shares the CAV's colour: drawn as the path it is, not as a body
                graphics.fillRect(box.x, box.y + SWATCH / 2 - 2, SWATCH, 4);
            } else {
                graphics.fill(box);
            }
            graphics.setPaint(INK);
            graphics.drawString(entry.name(), box.x + SWATCH + 4, box.y + SWATCH - 1);
        }
    }

    /** A round length of road, metres, whose bar is about {@link #SCALE_PIXELS} long. */
    static double scaleMetres(double pixelsPerMetre) {
        double wanted = SCALE_PIXELS / pixelsPerMetre;
        double chosen = ROUND_METRES[0];
        for (double metres : ROUND_METRES) {
            if (metres <= wanted) {
                chosen = metres;
            }
        }
        return chosen;
    }

    /** The scale bar within the {@code visible} rectangle, pixels: its left end, right end and row. */
    static Rectangle2D scaleBar(Rectangle visible, double pixelsPerMetre) {
        double length = scaleMetres(pixelsPerMetre) * pixelsPerMetre;
        return new Rectangle2D.Double(visible.x + PAD, visible.getMaxY() - BAND / 2.0, length, 3);
    }

    private static void drawScale(Graphics2D graphics, Rectangle visible, double pixelsPerMetre) {
        Rectangle2D bar = scaleBar(visible, pixelsPerMetre);
        String label = String.format(Locale.ROOT, "%.0f m", scaleMetres(pixelsPerMetre));
        int labelWidth = graphics.getFontMetrics().stringWidth(label);
        graphics.setPaint(PANEL);
        graphics.fillRect(visible.x, visible.y + visible.height - BAND, (int) bar.getWidth() + labelWidth + 3 * PAD, BAND);
        graphics.setPaint(INK);
        graphics.setStroke(new BasicStroke(1f));
        graphics.fill(bar);
        graphics.fill(new Rectangle2D.Double(bar.getX(), bar.getY() - 4, 1, 7));
        graphics.fill(new Rectangle2D.Double(bar.getMaxX() - 1, bar.getY() - 4, 1, 7));
        graphics.drawString(label, (int) bar.getMaxX() + PAD, (int) bar.getY() + 5);
    }

    /** The caption at the bottom right: the episode (when the run has episodes) and the time. */
    String clock() {
        int episode = scene.world() == null ? 0 : scene.world().episode();
        String time = String.format(Locale.ROOT, "%.2f s", scene.now());
        return episode > 0 ? "episode " + episode + " · " + time : time;
    }

    private void drawClock(Graphics2D graphics, Rectangle visible) {
        String caption = clock();
        int width = graphics.getFontMetrics().stringWidth(caption);
        int x = (int) visible.getMaxX() - width - 2 * PAD;
        int y = visible.y + visible.height - BAND;
        graphics.setPaint(PANEL);
        graphics.fillRect(x, y, width + 2 * PAD, BAND);
        graphics.setPaint(INK);
        graphics.drawString(caption, x + PAD, y + BAND - PAD - 1);
    }
}
