package org.agora.viz.smallcell;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Locale;
import org.agora.wireless.smallcell.events.UserKind;
import sim.portrayal.DrawInfo2D;

/**
 * The key below the city, in the band the field keeps for it: a colour bar of the coverage map's
 * SINR from {@link CityColours#SINR_LOW_DB} to {@link CityColours#SINR_HIGH_DB} dB, and a legend
 * of the symbols (base station, pedestrian, vehicle, and the users' state colours). Geometry in
 * pixels of the display, from the band's corner, so that tests can find it.
 */
final class KeyLayer extends CityLayer {

    /** The band's height, metres of the field below the city's lower margin. */
    static final double BAND_M = 46;
    /** The colour bar's size, pixels. */
    static final int BAR_WIDTH = 200;
    static final int BAR_HEIGHT = 10;
    private static final int PAD = 8;
    /** The legend's row below the band's top, pixels (the symbols' centres). */
    private static final int LEGEND_ROW = 34;
    private static final int ENTRY_WIDTH = 82;
    private static final double[] TICKS_DB = {-10, 0, 10, 20, 30};
    private static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 10);
    private static final Color INK = new Color(0xE8E8E8);

    /** A legend entry: a user state's colour (null for the symbols' own entries) and its name. */
    record Entry(String name, Color colour) {
    }

    /** The users' states, in their colours, after the base station, pedestrian and vehicle symbols. */
    static final List<Entry> STATES = List.of(
            new Entry("connected", CityColours.CONNECTED),
            new Entry("handover", CityColours.HANDOVER),
            new Entry("degraded", CityColours.DEGRADED),
            new Entry("extra blocks", CityColours.HOLDING));

    KeyLayer(SmallCellScene scene) {
        super(scene);
    }

    @Override
    public void draw(Object object, Graphics2D graphics, DrawInfo2D info) {
        Rectangle2D band = band(info.draw);
        graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        graphics.setFont(FONT);
        drawColourBar(graphics, colourBar(band));
        drawLegend(graphics, band);
    }

    @Override
    protected void paint(Graphics2D graphics, AffineTransform toScreen) {
        // drawn in pixels of the band by draw(), not in city metres
    }

    /** The band below the city, pixels, within the field drawn into {@code field}. */
    Rectangle2D band(Rectangle2D field) {
        double pixelsPerMetre = field.getWidth() / fieldWidth(scene);
        return new Rectangle2D.Double(field.getX(), field.getMaxY() - BAND_M * pixelsPerMetre, field.getWidth(),
                BAND_M * pixelsPerMetre);
    }

    /** The colour bar, pixels, in the band's first row. */
    static Rectangle2D colourBar(Rectangle2D band) {
        return new Rectangle2D.Double(band.getX() + PAD + 40, band.getY() + 4, BAR_WIDTH, BAR_HEIGHT);
    }

    /** The SINR the bar shows at pixel column {@code x}, dB. */
    static double sinrAt(Rectangle2D bar, double x) {
        double share = (x + 0.5 - bar.getX()) / bar.getWidth();
        return CityColours.SINR_LOW_DB + share * (CityColours.SINR_HIGH_DB - CityColours.SINR_LOW_DB);
    }

    private static void drawColourBar(Graphics2D graphics, Rectangle2D bar) {
        graphics.setPaint(INK);
        graphics.drawString("SINR", (float) (bar.getX() - 36), (float) bar.getMaxY());
        for (int x = (int) bar.getX(); x < (int) bar.getMaxX(); x++) {
            graphics.setPaint(CityColours.sinr(sinrAt(bar, x)));
            graphics.fillRect(x, (int) bar.getY(), 1, (int) bar.getHeight());
        }
        graphics.setPaint(INK);
        for (double db : TICKS_DB) {
            double x = bar.getX() + (db - CityColours.SINR_LOW_DB) / (CityColours.SINR_HIGH_DB - CityColours.SINR_LOW_DB)
                    * bar.getWidth();
            String label = String.format(Locale.ROOT, "%.0f", db);
            int width = graphics.getFontMetrics().stringWidth(label);
            graphics.drawString(label, (float) (x - width / 2.0), (float) bar.getMaxY() + 11);
        }
        graphics.drawString("dB", (float) bar.getMaxX() + 6, (float) bar.getMaxY());
    }

    private static void drawLegend(Graphics2D graphics, Rectangle2D band) {
        double y = band.getY() + LEGEND_ROW;
        double x = band.getX() + PAD;
        Path2D.Double station = new Path2D.Double();
        station.moveTo(x + 5, y - 5);
        station.lineTo(x + 10, y + 4);
        station.lineTo(x, y + 4);
        station.closePath();
        graphics.setPaint(CityColours.cluster(0));
        graphics.fill(station);
        label(graphics, "base station", x, y);
        x += ENTRY_WIDTH;
        graphics.setPaint(CityColours.CONNECTED);
        graphics.fill(new Ellipse2D.Double(x + 1, y - 4, 8, 8));
        label(graphics, UserKind.PEDESTRIAN.word(), x, y);
        x += ENTRY_WIDTH;
        graphics.setPaint(CityColours.CONNECTED);
        graphics.fill(new Rectangle2D.Double(x + 1, y - 4, 8, 8));
        label(graphics, UserKind.VEHICLE.word(), x, y);
        x += ENTRY_WIDTH;
        for (Entry entry : STATES) {
            graphics.setPaint(entry.colour());
            graphics.fill(swatch(band, STATES.indexOf(entry)));
            graphics.setPaint(CityColours.OUTLINE);
            graphics.draw(swatch(band, STATES.indexOf(entry)));
            label(graphics, entry.name(), x, y);
            x += ENTRY_WIDTH;
        }
    }

    /** The swatch of user state {@code index}, pixels. */
    static Rectangle2D swatch(Rectangle2D band, int index) {
        return new Rectangle2D.Double(band.getX() + PAD + (3 + index) * ENTRY_WIDTH + 1, band.getY() + LEGEND_ROW - 4, 8, 8);
    }

    private static void label(Graphics2D graphics, String text, double x, double y) {
        graphics.setPaint(INK);
        graphics.drawString(text, (float) x + 13, (float) y + 4);
    }
}
