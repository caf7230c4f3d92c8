package org.agora.viz.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.event.InputEvent;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.agora.core.event.Event;
import org.agora.core.run.HeadlessRun;
import org.agora.core.scenario.ScenarioCatalog;
import org.agora.core.scenario.ScenarioSpec;
import org.agora.core.sink.EventJsonCodec;
import org.agora.core.source.EventSources;
import org.agora.core.source.ReadOptions;
import org.agora.vehicles.event.SafetyOverridden;
import org.agora.vehicles.event.VehiclesCollided;
import org.agora.vehicles.merge.MergeScenario;
import org.agora.vehicles.road.Lane;
import org.agora.vehicles.road.LaneEnd;
import org.agora.vehicles.traffic.Vehicle;
import org.agora.viz.chart.Chart;
import org.agora.viz.chart.Series;
import org.agora.viz.gui.GuiSession;
import org.agora.viz.testing.SameEvents;
import org.agora.viz.testing.Seeds;
import org.agora.viz.testing.XDisplayExtension;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import sim.portrayal.DrawInfo2D;
import sim.util.Double2D;

/** The merge GUI on a real X display: what is drawn, clicks, and events equal to a headless run's. */
@ExtendWith(XDisplayExtension.class)
class MergeGuiIT {

    @TempDir
    Path folder;

    /** The simulated seconds a test plays at most (the runs are this long). */
    private static final double UNTIL = 60;
    /** The Console's steps in a second of the merge (it samples every 1/15 s). */
    private static final int STEPS_A_SECOND = 15;

    private static ScenarioSpec merge(long seed) {
        return merge().withSeed(seed);
    }

    private static ScenarioSpec merge() {
        return ScenarioCatalog.installed().resolve("v2x-merge").withUntil(UNTIL);
    }

    /** What the window shows of the display, as a user sees it (the display is larger than its window). */
    private static BufferedImage captureVisible(GuiSession session, MergeDisplay display) throws Exception {
        return session.capture(display.display().display.getViewport());
    }

    /** The colour shown at the display's pixel {@code at}, or null where the window does not show it. */
    private static Color shownAt(MergeDisplay display, BufferedImage image, Point2D.Double at) throws Exception {
        Rectangle view = GuiSession.onEdt(display::visibleArea);
        int x = (int) Math.floor(at.x) - view.x;
        int y = (int) Math.floor(at.y) - view.y;
        return x < 0 || y < 0 || x >= image.getWidth() || y >= image.getHeight() ? null : new Color(image.getRGB(x, y));
    }

    /** A vehicle as the model holds it, where the display puts it in its window (vehicles the window shows). */
    private record Placed(String id, boolean cav, double x, double y, Point screen) {
    }

    private static List<Placed> placeVehicles(GuiSession session, MergeDisplay display) throws Exception {
        DrawInfo2D field = GuiSession.onEdt(() -> display.display().getDrawInfo2D(display.vehiclePortrayal(),
                new Point2D.Double(0, 0)));
        RoadGeometry geometry = display.geometry();
        Rectangle view = GuiSession.onEdt(display::visibleArea);
        List<Placed> placed = new ArrayList<>();
        session.underScheduleLock(() -> {
            for (Vehicle vehicle : MergeScenario.worldOf(session.gui().simulation().model()).traffic().vehicles()) {
                Point2D.Double at = display.vehiclePortrayal().getLocationPosition(
                        new Double2D(vehicle.x() - geometry.minX(), vehicle.y() - geometry.minY()), field);
                Point pixel = new Point((int) Math.floor(at.x) - view.x, (int) Math.floor(at.y) - view.y);
                if (pixel.x >= 0 && pixel.y >= 0 && pixel.x < view.width && pixel.y < view.height) {
                    placed.add(new Placed(vehicle.id(), vehicle.isCav(), vehicle.x(), vehicle.y(), pixel));
                }
            }
            return null;
        });
        return placed;
    }

    /**
     * Plays a second at a time until the vehicles, as the display places them, are as {@code wanted}
     * (what this seed does when is no concern of the test; that it happens before the run ends is).
     */
    private static List<Placed> playUntilPlaced(GuiSession session, MergeDisplay display, Predicate<List<Placed>> wanted,
            String what) throws Exception {
        List<Placed> vehicles = placeVehicles(session, display);
        for (int second = 0; second < UNTIL - 1 && !wanted.test(vehicles); second++) {
            session.play(STEPS_A_SECOND);
            vehicles = placeVehicles(session, display);
        }
        assertThat(wanted.test(vehicles)).as("vehicles on the road with %s within %.0f s", what, UNTIL).isTrue();
        return vehicles;
    }

    private static long uncrowded(List<Placed> vehicles, Predicate<Placed> kind) {
        return vehicles.stream().filter(kind).filter(v -> !crowded(v, vehicles)).count();
    }

    /** Whether another vehicle's body might cover this one's centre (closer than a car's length). */
    private static boolean crowded(Placed vehicle, List<Placed> all) {
        for (Placed other : all) {
            if (other != vehicle && Math.abs(other.x() - vehicle.x()) < Vehicle.LENGTH
                    && Math.abs(other.y() - vehicle.y()) < Vehicle.WIDTH) {
                return true;
            }
        }
        return false;
    }

    @Test
    void drawsEachVehicleInItsClassColourWhereTheModelHoldsIt() throws Exception {
        try (GuiSession session = GuiSession.open(merge(3), null)) {
            MergeDisplay display = (MergeDisplay) session.gui().display();
            session.play(5 * STEPS_A_SECOND);
            List<Placed> vehicles = playUntilPlaced(session, display, all -> uncrowded(all, v -> true) > 4
                    && uncrowded(all, Placed::cav) > 0 && uncrowded(all, v -> !v.cav()) > 0,
                    "more than 4 apart from the others, CAVs and HDVs among them");
            BufferedImage image = captureVisible(session, display);
            GuiSession.keep(image, "v2x-merge");

            int checked = 0;
            for (Placed vehicle : vehicles) {
                if (crowded(vehicle, vehicles)) {
                    continue;
                }
                Color drawn = new Color(image.getRGB(vehicle.screen().x, vehicle.screen().y));
                assertThat(drawn).as("colour at the centre of %s at x = %.1f m", vehicle.id(), vehicle.x())
                        .isEqualTo(vehicle.cav() ? MergeColours.CAV : MergeColours.HDV);
                checked++;
            }
            assertThat(checked).isGreaterThan(4);

            Lane ramp = MergeScenario.worldOf(session.gui().simulation().model()).config().road().rampLane();
            assertThat(ramp.end()).isEqualTo(LaneEnd.OBSTACLE);
            DrawInfo2D field = GuiSession.onEdt(() -> display.display().getDrawInfo2D(display.vehiclePortrayal(),
                    new Point2D.Double(0, 0)));
            Point2D.Double obstacle = display.vehiclePortrayal().getLocationPosition(new Double2D(
                    ramp.obstacleX() - display.geometry().minX(), ramp.y(ramp.obstacleX()) - display.geometry().minY()), field);
            assertThat(shownAt(display, image, obstacle))
                    .as("the obstacle at the end of the merge lane").isEqualTo(MergeColours.OBSTACLE);
        }
    }

    @Test
    void opensOnTheMergeAreaWithALegendAMetreScaleAndTheClock() throws Exception {
        try (GuiSession session = GuiSession.open(merge(3), null)) {
            MergeDisplay display = (MergeDisplay) session.gui().display();
            session.play(3 * STEPS_A_SECOND);
            Lane ramp = MergeScenario.worldOf(session.gui().simulation().model()).config().road().rampLane();
            var road = MergeScenario.worldOf(session.gui().simulation().model()).config().road();
            DrawInfo2D field = GuiSession.onEdt(() -> display.display().getDrawInfo2D(display.vehiclePortrayal(),
                    new Point2D.Double(0, 0)));
            RoadGeometry geometry = display.geometry();
            Rectangle view = GuiSession.onEdt(display::visibleArea);
            double pixelsPerMetre = field.draw.width / geometry.width();
            assertThat(view.width).as("the window shows part of the road, zoomed")
                    .isLessThan((int) (geometry.width() * pixelsPerMetre) - 100);
            for (double x : new double[] {road.mergeStartX(), road.mergeEndX()}) {
                Point2D.Double at = display.vehiclePortrayal().getLocationPosition(
                        new Double2D(x - geometry.minX(), ramp.y(x) - geometry.minY()), field);
                assertThat(at.x - view.x).as("x = %.0f m of the merge lane in the window", x).isBetween(0.0, (double) view.width);
            }

            BufferedImage image = captureVisible(session, display);
            GuiSession.keep(image, "v2x-merge-legend");
            Rectangle shown = new Rectangle(0, 0, image.getWidth(), image.getHeight());
            for (int i = 0; i < MergeOverlay.LEGEND.size(); i++) {
                Rectangle swatch = MergeOverlay.swatch(shown, i);
                assertThat(new Color(image.getRGB((int) swatch.getCenterX(), (int) swatch.getCenterY())))
                        .as("legend swatch of %s", MergeOverlay.LEGEND.get(i).name()).isEqualTo(MergeOverlay.LEGEND.get(i).colour());
            }

            double metres = MergeOverlay.scaleMetres(pixelsPerMetre);
            double barPixels = display.vehiclePortrayal().getLocationPosition(new Double2D(metres, 0), field).x
                    - display.vehiclePortrayal().getLocationPosition(new Double2D(0, 0), field).x;
            java.awt.geom.Rectangle2D bar = MergeOverlay.scaleBar(shown, pixelsPerMetre);
            int row = (int) bar.getY() + 1;
            int dark = 0;
            for (int x = (int) bar.getX(); x < (int) bar.getMaxX(); x++) {
                dark += brightness(new Color(image.getRGB(x, row))) < 80 ? 1 : 0;
            }
            assertThat((double) dark).as("dark pixels of the %.0f m scale bar", metres).isCloseTo(barPixels, within(2.0));
            assertThat(brightness(new Color(image.getRGB((int) bar.getMaxX() + 2, row)))).as("just after the bar").isGreaterThan(80);

            String clock = session.underScheduleLock(() -> display.overlay().clock());
            String expected = session.underScheduleLock(() -> "episode " + display.scene().world().episode() + " · "
                    + String.format(java.util.Locale.ROOT, "%.2f s", display.scene().now()));
            assertThat(display.scene().world().episode()).isPositive();
            assertThat(clock).isEqualTo(expected);
            int ink = 0;
            for (int x = image.getWidth() - 80; x < image.getWidth() - 4; x++) {
                for (int y = image.getHeight() - MergeOverlay.BAND; y < image.getHeight(); y++) {
                    ink += brightness(new Color(image.getRGB(x, y))) < 80 ? 1 : 0;
                }
            }
            assertThat(ink).as("dark text of the clock at the bottom right").isGreaterThan(20);
        }
    }

    private static int brightness(Color colour) {
        return (colour.getRed() + colour.getGreen() + colour.getBlue()) / 3;
    }

    @Test
    void drawsTheIntentsTheCavsShared() throws Exception {
        try (GuiSession session = GuiSession.open(merge(5), null)) {
            MergeDisplay display = (MergeDisplay) session.gui().display();
            session.play(46);
            for (int second = 0; second < UNTIL - 4 && session.underScheduleLock(() -> displaySceneIntents(display).isEmpty());
                    second++) {
                session.play(STEPS_A_SECOND);
            }
            BufferedImage image = captureVisible(session, display);
            DrawInfo2D field = GuiSession.onEdt(() -> display.display().getDrawInfo2D(display.vehiclePortrayal(),
                    new Point2D.Double(0, 0)));
            RoadGeometry geometry = display.geometry();
            List<double[]> intentEnds = session.underScheduleLock(() -> {
                List<double[]> ends = new ArrayList<>();
                for (var intent : displaySceneIntents(display)) {
                    var last = intent.points().get(intent.points().size() - 1);
                    ends.add(new double[] {last.xM(), last.yM()});
                }
                return ends;
            });
            assertThat(intentEnds).as("intents shared by the CAVs on the road").isNotEmpty();
            int seen = 0;
            int inWindow = 0;
            for (double[] end : intentEnds) {
                Point2D.Double at = display.vehiclePortrayal().getLocationPosition(
                        new Double2D(end[0] - geometry.minX(), end[1] - geometry.minY()), field);
                Color shown = shownAt(display, image, at);
                inWindow += shown == null ? 0 : 1;
                if (MergeColours.INTENT.equals(shown)) {
                    seen++;
                }
            }
            assertThat(inWindow).as("intents ending in the window").isPositive();
            assertThat(seen).as("intent paths ending where the shared points end").isGreaterThan(inWindow / 2);
        }
    }

    @Test
    void marksSafetyOverridesAroundTheirCavsAndCollisionsWhereTheyHappened() throws Exception {
        ScenarioSpec within40 = merge().withUntil(40);
        Seeds.Chosen overridden = Seeds.withEvent(within40, e -> e instanceof SafetyOverridden, "a safety override within 40 s");
        Event override = overridden.first(e -> e instanceof SafetyOverridden);
        try (GuiSession session = GuiSession.open(within40.withSeed(overridden.seed()), null)) {
            MergeDisplay display = (MergeDisplay) session.gui().display();
            session.playUntil(override.time());
            double[] cav = session.underScheduleLock(() -> {
                VehicleView view = display.scene().view(override.source());
                boolean marked = display.scene().recentOverrides().stream().anyMatch(m -> m.cav().equals(override.source()));
                return view == null || !marked ? null : new double[] {view.xMetres(), view.yMetres()};
            });
            assertThat(cav).as("%s on the road and marked at %.2f s, seed %d", override.source(), override.time(),
                    overridden.seed()).isNotNull();
            BufferedImage image = captureVisible(session, display);
            GuiSession.keep(image, "v2x-merge-override");
            assertThat(colourAround(display, image, cav[0], cav[1], 4.5, MergeColours.OVERRIDE))
                    .as("ring points showing the override colour").isGreaterThanOrEqualTo(2);
        }
        ScenarioSpec unsafe = within40.withAssignments(List.of("safetyModule=false"));
        Seeds.Chosen collided = Seeds.withEvent(unsafe, e -> e instanceof VehiclesCollided,
                "a collision within 40 s without the safety module");
        VehiclesCollided collision = (VehiclesCollided) collided.first(e -> e instanceof VehiclesCollided);
        try (GuiSession session = GuiSession.open(unsafe.withSeed(collided.seed()), null)) {
            MergeDisplay display = (MergeDisplay) session.gui().display();
            session.playUntil(collision.time());
            double[] crash = session.underScheduleLock(() -> display.scene().recentCollisions().stream()
                    .map(m -> new double[] {m.x(), m.y()}).findFirst().orElse(null));
            assertThat(crash).as("the collision of %.2f s marked, seed %d", collision.time(), collided.seed()).isNotNull();
            assertThat(crash).as("where it happened").containsExactly(collision.xM(), collision.yM());
            BufferedImage image = captureVisible(session, display);
            GuiSession.keep(image, "v2x-merge-collision");
            assertThat(colourAround(display, image, crash[0], crash[1], 3 * Math.sqrt(2), MergeColours.COLLISION))
                    .as("cross ends showing the collision colour").isGreaterThanOrEqualTo(2);
        }
    }

    /**
     * How many of the four diagonal (or axial) points at {@code radius} metres from (x, y) have a pixel
     * of {@code colour} within two pixels of them.
     */
    private static int colourAround(MergeDisplay display, BufferedImage image, double x, double y, double radius,
            Color colour) throws Exception {
        DrawInfo2D field = GuiSession.onEdt(() -> display.display().getDrawInfo2D(display.vehiclePortrayal(),
                new Point2D.Double(0, 0)));
        RoadGeometry geometry = display.geometry();
        Rectangle view = GuiSession.onEdt(display::visibleArea);
        int found = 0;
        double step = colour.equals(MergeColours.COLLISION) ? Math.PI / 4 : 0;
        for (int k = 0; k < 4; k++) {
            double angle = step + k * Math.PI / 2;
            double px = x + radius * Math.cos(angle);
            double py = y + radius * Math.sin(angle);
            Point2D.Double at = display.vehiclePortrayal().getLocationPosition(
                    new Double2D(px - geometry.minX(), py - geometry.minY()), field);
            boolean seen = false;
            for (int dx = -2; dx <= 2 && !seen; dx++) {
                for (int dy = -2; dy <= 2 && !seen; dy++) {
                    int ix = (int) Math.floor(at.x) + dx - view.x;
                    int iy = (int) Math.floor(at.y) + dy - view.y;
                    seen = ix >= 0 && iy >= 0 && ix < image.getWidth() && iy < image.getHeight()
                            && new Color(image.getRGB(ix, iy)).equals(colour);
                }
            }
            found += seen ? 1 : 0;
        }
        return found;
    }

    private static java.util.Collection<org.agora.vehicles.event.IntentBroadcast> displaySceneIntents(MergeDisplay display) {
        return display.scene().intents();
    }

    @Test
    void clickingAVehicleOpensItsInspector() throws Exception {
        try (GuiSession session = GuiSession.open(merge(3), null)) {
            MergeDisplay display = (MergeDisplay) session.gui().display();
            session.play(4 * STEPS_A_SECOND);
            List<Placed> vehicles = playUntilPlaced(session, display, all -> uncrowded(all, Placed::cav) > 0,
                    "a CAV apart from the others");
            Placed target = vehicles.stream().filter(Placed::cav).filter(v -> !crowded(v, vehicles)).findFirst().orElseThrow();
            Point corner = GuiSession.onEdt(() -> {
                display.frame().toFront();
                return display.display().display.getViewport().getLocationOnScreen();
            });
            session.robot().waitForIdle();
            session.robot().mouseMove(corner.x + target.screen().x, corner.y + target.screen().y);
            session.robot().mousePress(InputEvent.BUTTON1_DOWN_MASK);
            session.robot().mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
            GuiSession.waitFor(() -> !display.inspectedVehicles().isEmpty(), "an inspector to open");
            assertThat(display.inspectedVehicles().get(0).getId()).isEqualTo(target.id());
            int inspectors = GuiSession.onEdt(() -> session.console().getAllInspectors().size());
            assertThat(inspectors).isGreaterThanOrEqualTo(1);
            sim.util.Properties listed = sim.util.Properties.getProperties(display.inspectedVehicles().get(0));
            for (int i = 0; i < listed.numProperties(); i++) {
                Object value = listed.getValue(i);
                assertThat(value).as("%s is shown as text, not a raw number", listed.getName(i)).isNotInstanceOf(Number.class);
                if (value instanceof String text && text.matches(".*\\d.*") && !listed.getName(i).matches("Id|Leader|Lane|Type|Driver|SharedAction")) {
                    assertThat(text).as(listed.getName(i)).matches("-?\\d+(\\.\\d{1,2})? (m|m/s|m/s²)( \\(.*\\))?|-?\\d+\\.\\d°|.* m along, .* m across");
                }
            }
        }
    }

    @Test
    void aDisplayedRunWritesTheEventsOfAHeadlessRunWithTheSameSeed() throws Exception {
        ScenarioSpec spec = merge(11).withUntil(40);
        Path displayed;
        try (GuiSession session = GuiSession.open(spec, folder.resolve("displayed"))) {
            session.playToEnd();
            assertLiveChartsShowTheChartData(session);
            displayed = session.gui().runDirectory();
        }
        Path headless = folder.resolve("headless");
        assertThat(new HeadlessRun(spec, headless).execute().done()).isTrue();

        byte[] shown = Files.readAllBytes(displayed.resolve(HeadlessRun.EVENTS_FILE));
        assertThat(shown).hasSizeGreaterThan(100_000);
        SameEvents.assertSameLines(displayed.resolve(HeadlessRun.EVENTS_FILE), headless.resolve(HeadlessRun.EVENTS_FILE));
        assertThat(shown).isEqualTo(Files.readAllBytes(headless.resolve(HeadlessRun.EVENTS_FILE)));
        assertThat(Files.readString(displayed.resolve(HeadlessRun.SUMMARY_FILE)))
                .isEqualTo(Files.readString(headless.resolve(HeadlessRun.SUMMARY_FILE)));
    }

    /** After the run, the live panels hold exactly the points of the run's charts, which are those of its events. */
    private void assertLiveChartsShowTheChartData(GuiSession session) throws Exception {
        GuiSession.onEdt(() -> null);
        List<Chart> charts = session.gui().charts().charts();
        List<XYSeriesCollection> live = GuiSession.onEdt(() -> session.gui().liveDatasets());
        assertThat(live).hasSameSizeAs(charts);
        MergeCharts fromEvents = new MergeCharts();
        List<Event> events;
        try (var source = EventSources.open(session.gui().runDirectory().toString(), EventJsonCodec.installed(),
                ReadOptions.failOnBadRecords(), java.util.Map.of())) {
            events = source.readAll();
        }
        events.forEach(fromEvents::accept);
        for (int c = 0; c < charts.size(); c++) {
            Chart chart = charts.get(c);
            XYSeriesCollection dataset = live.get(c);
            Chart recomputed = fromEvents.charts().get(c);
            assertThat(chart.allSeries()).extracting(Series::name)
                    .containsExactlyElementsOf(recomputed.allSeries().stream().map(Series::name).toList());
            for (Series series : chart.allSeries()) {
                XYSeries shown = GuiSession.onEdt(() -> dataset.getSeries(series.name()));
                assertThat(shown.getItemCount()).as("%s / %s", chart.id(), series.name()).isEqualTo(series.size());
                Series again = recomputed.find(series.name()).orElseThrow();
                for (int i = 0; i < series.size(); i++) {
                    assertThat(shown.getX(i).doubleValue()).isEqualTo(series.x(i)).isEqualTo(again.x(i));
                    assertThat(shown.getY(i).doubleValue()).isEqualTo(series.y(i)).isEqualTo(again.y(i));
                }
            }
        }
    }
}
