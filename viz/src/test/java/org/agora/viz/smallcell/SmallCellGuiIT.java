package org.agora.viz.smallcell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.event.InputEvent;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.agora.core.event.Event;
import org.agora.core.run.HeadlessRun;
import org.agora.core.scenario.ScenarioCatalog;
import org.agora.core.scenario.ScenarioSpec;
import org.agora.core.sink.EventJsonCodec;
import org.agora.core.source.JsonLinesSource;
import org.agora.core.source.ReadOptions;
import org.agora.viz.chart.Chart;
import org.agora.viz.chart.Series;
import org.agora.viz.gui.GuiSession;
import org.agora.viz.testing.SameEvents;
import org.agora.viz.testing.XDisplayExtension;
import org.agora.wireless.smallcell.SmallCellMarketScenario;
import org.agora.wireless.smallcell.SmallCellView;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.continuous.ContinuousPortrayal2D;

/** The small-cell GUI on a real X display: users, base stations, the coverage map, clicks, same events as headless. */
@ExtendWith(XDisplayExtension.class)
class SmallCellGuiIT {

    @TempDir
    Path folder;

    private static ScenarioSpec city(long seed, double until) {
        return ScenarioCatalog.installed().resolve("smallcell-market").withSeed(seed).withUntil(until);
    }

    /** Something drawn at a city point, where the display puts it on the screen. */
    private record Placed(int index, double x, double y, Point pixel, Color expected) {
    }

    private static Point pixel(SmallCellDisplay display, ContinuousPortrayal2D portrayal, double x, double y) throws Exception {
        DrawInfo2D field = GuiSession.onEdt(() -> display.display().getDrawInfo2D(portrayal, new Point2D.Double(0, 0)));
        Point2D.Double at = portrayal.getLocationPosition(display.fieldLocation(x, y), field);
        return new Point((int) Math.floor(at.x), (int) Math.floor(at.y));
    }

    private static SmallCellView view(GuiSession session) {
        return SmallCellMarketScenario.viewOf(session.gui().simulation().model());
    }

    /** Users as the model holds them, each with the colour its state calls for. */
    private static List<Placed> users(GuiSession session, SmallCellDisplay display) throws Exception {
        List<double[]> states = session.underScheduleLock(() -> {
            SmallCellView view = view(session);
            List<double[]> found = new ArrayList<>();
            for (int u = 0; u < view.users(); u++) {
                int code = !view.grants(u).isEmpty() ? 0 : view.handoverTarget(u) >= 0 ? 1 : view.degraded(u) ? 2 : 3;
                found.add(new double[] {view.userX(u), view.userY(u), code});
            }
            return found;
        });
        Color[] colours = {CityColours.HOLDING, CityColours.HANDOVER, CityColours.DEGRADED, CityColours.CONNECTED};
        List<Placed> placed = new ArrayList<>();
        for (int u = 0; u < states.size(); u++) {
            double[] s = states.get(u);
            placed.add(new Placed(u, s[0], s[1], pixel(display, display.usersPortrayal(), s[0], s[1]), colours[(int) s[2]]));
        }
        return placed;
    }

    private static boolean alone(Placed user, List<Placed> users, double metres) {
        return users.stream().noneMatch(o -> o != user && Math.hypot(o.x() - user.x(), o.y() - user.y()) < metres);
    }

    @Test
    void drawsUsersBaseStationsAndTheCoverageMapAsTheModelHoldsThem() throws Exception {
        try (GuiSession session = GuiSession.open(city(2, 30), null)) {
            SmallCellDisplay display = (SmallCellDisplay) session.gui().display();
            session.play(400);
            BufferedImage image = session.capture(display.display().insideDisplay);
            GuiSession.keep(image, "smallcell-market");
            List<Placed> users = users(session, display);
            assertThat(users).hasSize(120);
            int checked = 0;
            for (Placed user : users) {
                if (!alone(user, users, 2 * UserPortrayal.RADIUS_M + 1)) {
                    continue;
                }
                assertThat(new Color(image.getRGB(user.pixel().x, user.pixel().y)))
                        .as("user %d at (%.1f, %.1f)", user.index(), user.x(), user.y()).isEqualTo(user.expected());
                checked++;
            }
            assertThat(checked).isGreaterThan(60);

            SmallCellView view = session.underScheduleLock(() -> view(session));
            int cells = 0;
            for (int b = 0; b < view.cells(); b++) {
                double x = view.cellX(b);
                double y = view.cellY(b);
                if (users.stream().anyMatch(u -> Math.hypot(u.x() - x, u.y() - y) < CellPortrayal.HALF_M + UserPortrayal.RADIUS_M + 1)) {
                    continue;
                }
                Point at = pixel(display, display.cellsPortrayal(), x, y);
                assertThat(new Color(image.getRGB(at.x, at.y))).as("cell %d", b)
                        .isEqualTo(CityColours.cluster(view.clusters().clusterOf(b)));
                cells++;
            }
            assertThat(cells).isGreaterThan(10);

            BufferedImage coverage = display.coverageImage();
            for (int j = 0; j < coverage.getHeight(); j += 7) {
                for (int i = 0; i < coverage.getWidth(); i += 7) {
                    double[] at = display.coverageSample(i, j);
                    assertThat(new Color(coverage.getRGB(i, j)))
                            .isEqualTo(CityColours.sinr(view.coverageSinrDb(at[0], at[1])));
                }
            }
        }
    }

    @Test
    void theWholeCityWithItsEdgeStationsFitsTheWindowAtScaleOne() throws Exception {
        try (GuiSession session = GuiSession.open(city(2, 30), null)) {
            SmallCellDisplay display = (SmallCellDisplay) session.gui().display();
            session.play(20);
            assertThat(GuiSession.onEdt(() -> display.display().getScale())).isEqualTo(1.0);
            Rectangle shown = GuiSession.onEdt(() -> display.display().display.getViewport().getViewRect());
            double widthM = display.scene().widthM();
            double heightM = display.scene().heightM();
            for (double[] corner : new double[][] {{0, 0}, {widthM, 0}, {0, heightM}, {widthM, heightM}}) {
                Point at = pixel(display, display.cellsPortrayal(), corner[0], corner[1]);
                assertThat(shown.contains(at)).as("city corner (%.0f, %.0f) m at %s in the window %s", corner[0], corner[1],
                        at, shown).isTrue();
            }
            int margin = (int) Math.ceil(CellPortrayal.HALF_M * GuiSession.onEdt(() -> display.display().getDrawInfo2D(
                    display.cellsPortrayal(), new Point2D.Double(0, 0))).draw.width
                    / (widthM + 2 * CityLayer.MARGIN_M));
            for (CellView cell : display.cells()) {
                Point at = pixel(display, display.cellsPortrayal(), cell.getX(), cell.getY());
                Rectangle body = new Rectangle(at.x - margin, at.y - margin, 2 * margin + 1, 2 * margin + 1);
                assertThat(shown.contains(body)).as("base station %s at %s whole in the window %s", cell, body, shown).isTrue();
            }
        }
    }

    @Test
    void drawsAnSinrColourBarAndASymbolLegendBelowTheCity() throws Exception {
        try (GuiSession session = GuiSession.open(city(2, 30), null)) {
            SmallCellDisplay display = (SmallCellDisplay) session.gui().display();
            session.play(20);
            BufferedImage image = session.capture(display.display().insideDisplay);
            GuiSession.keep(image, "smallcell-market-key");
            DrawInfo2D field = GuiSession.onEdt(() -> display.display().getDrawInfo2D(display.key(), new Point2D.Double(0, 0)));
            java.awt.geom.Rectangle2D band = display.key().band(field.draw);
            Point cityCorner = pixel(display, display.cellsPortrayal(), 0, 0);
            assertThat(band.getY()).as("the key below the city's south edge").isGreaterThan(cityCorner.y);
            java.awt.geom.Rectangle2D bar = KeyLayer.colourBar(band);
            int row = (int) bar.getCenterY();
            for (int x : new int[] {(int) bar.getX(), (int) bar.getCenterX(), (int) bar.getMaxX() - 1}) {
                assertThat(new Color(image.getRGB(x, row))).as("the colour bar at %.1f dB", KeyLayer.sinrAt(bar, x))
                        .isEqualTo(CityColours.sinr(KeyLayer.sinrAt(bar, x)));
            }
            assertThat(KeyLayer.sinrAt(bar, bar.getX())).isCloseTo(CityColours.SINR_LOW_DB, within(0.5));
            assertThat(KeyLayer.sinrAt(bar, bar.getMaxX() - 1)).isCloseTo(CityColours.SINR_HIGH_DB, within(0.5));
            for (int i = 0; i < KeyLayer.STATES.size(); i++) {
                java.awt.geom.Rectangle2D swatch = KeyLayer.swatch(band, i);
                assertThat(new Color(image.getRGB((int) swatch.getCenterX(), (int) swatch.getCenterY())))
                        .as("legend swatch of %s", KeyLayer.STATES.get(i).name()).isEqualTo(KeyLayer.STATES.get(i).colour());
            }
        }
    }

    @Test
    void clickingAUserOrABaseStationOpensItsInspector() throws Exception {
        try (GuiSession session = GuiSession.open(city(4, 30), null)) {
            SmallCellDisplay display = (SmallCellDisplay) session.gui().display();
            session.play(200);
            List<Placed> users = users(session, display);
            Placed user = users.stream().filter(u -> alone(u, users, 12)).findFirst().orElseThrow();
            click(session, display, user.pixel());
            GuiSession.waitFor(() -> !display.inspectedViews().isEmpty(), "a user's inspector");
            assertThat(display.inspectedViews().get(0)).isInstanceOfSatisfying(UserView.class,
                    v -> assertThat(v.index()).isEqualTo(user.index()));

            SmallCellView view = session.underScheduleLock(() -> view(session));
            int cell = -1;
            for (int b = 0; b < view.cells() && cell < 0; b++) {
                int candidate = b;
                if (users.stream().noneMatch(u -> Math.hypot(u.x() - view.cellX(candidate), u.y() - view.cellY(candidate)) < 15)) {
                    cell = b;
                }
            }
            assertThat(cell).isNotNegative();
            click(session, display, pixel(display, display.cellsPortrayal(), view.cellX(cell), view.cellY(cell)));
            GuiSession.waitFor(() -> display.inspectedViews().size() > 1, "a base station's inspector");
            int expected = cell;
            assertThat(display.inspectedViews().get(1)).isInstanceOfSatisfying(CellView.class,
                    v -> assertThat(v.index()).isEqualTo(expected));
        }
    }

    private static void click(GuiSession session, SmallCellDisplay display, Point pixel) throws Exception {
        Point corner = GuiSession.onEdt(() -> {
            display.frame().toFront();
            return display.display().insideDisplay.getLocationOnScreen();
        });
        session.robot().waitForIdle();
        session.robot().mouseMove(corner.x + pixel.x, corner.y + pixel.y);
        session.robot().mousePress(InputEvent.BUTTON1_DOWN_MASK);
        session.robot().mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
    }

    @Test
    void aDisplayedRunWritesTheEventsOfAHeadlessRunAndItsLiveChartsShowTheirData() throws Exception {
        ScenarioSpec spec = city(6, 12);
        Path displayed;
        try (GuiSession session = GuiSession.open(spec, folder.resolve("displayed"))) {
            session.playToEnd();
            displayed = session.gui().runDirectory();
            GuiSession.onEdt(() -> null);
            List<Chart> charts = session.gui().charts().charts();
            List<XYSeriesCollection> live = GuiSession.onEdt(() -> session.gui().liveDatasets());
            SmallCellCharts again = new SmallCellCharts();
            readAll(displayed.resolve(HeadlessRun.EVENTS_FILE)).forEach(again::accept);
            for (int c = 0; c < charts.size(); c++) {
                for (Series series : charts.get(c).allSeries()) {
                    int chart = c;
                    XYSeries shown = GuiSession.onEdt(() -> live.get(chart).getSeries(series.name()));
                    Series recomputed = again.charts().get(c).find(series.name()).orElseThrow();
                    assertThat(shown.getItemCount()).as("%s / %s", charts.get(c).id(), series.name()).isEqualTo(series.size());
                    for (int i = 0; i < series.size(); i++) {
                        assertThat(shown.getY(i).doubleValue()).isEqualTo(series.y(i)).isEqualTo(recomputed.y(i));
                        assertThat(shown.getX(i).doubleValue()).isEqualTo(series.x(i)).isEqualTo(recomputed.x(i));
                    }
                }
            }
        }
        Path headless = folder.resolve("headless");
        assertThat(new HeadlessRun(spec, headless).execute().done()).isTrue();
        SameEvents.assertSameLines(displayed.resolve(HeadlessRun.EVENTS_FILE), headless.resolve(HeadlessRun.EVENTS_FILE));
    }

    private static List<Event> readAll(Path file) {
        try (JsonLinesSource source = new JsonLinesSource(file, EventJsonCodec.installed(), ReadOptions.failOnBadRecords())) {
            return source.readAll();
        }
    }
}
