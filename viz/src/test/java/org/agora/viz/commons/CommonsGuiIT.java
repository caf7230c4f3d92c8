package org.agora.viz.commons;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Point;
import java.awt.event.InputEvent;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.agora.agents.commons.CommonsScenario;
import org.agora.agents.commons.Setting;
import org.agora.agents.commons.events.AgreementReached;
import org.agora.agents.commons.events.CommonsCollapsed;
import org.agora.agents.commons.events.HarvestAllocated;
import org.agora.agents.commons.events.PoolHarvested;
import org.agora.agents.commons.SocietyView;
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
import org.agora.viz.testing.Seeds;
import org.agora.viz.testing.XDisplayExtension;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import sim.portrayal.DrawInfo2D;
import sim.util.Double2D;

/** The commons GUI on a real X display: the pool, the members' requests and catches, a click, same events as headless. */
@ExtendWith(XDisplayExtension.class)
class CommonsGuiIT {

    /** Pixels of slack for a level or a bar's top. */
    private static final int SLACK = 3;

    @TempDir
    Path folder;

    private static ScenarioSpec fishery() {
        return ScenarioCatalog.installed().resolve("govsim-fishery");
    }

    /**
     * The first month whose discussion agreed a limit equal to the month's per-agent threshold (the
     * two lines and their labels fall on the same height) and after which the run goes on; 0 if none.
     */
    private static int monthOfCoincidingLines(List<Event> events) {
        int threshold = -1;
        for (Event event : events) {
            if (event instanceof PoolHarvested harvested) {
                threshold = harvested.threshold();
            } else if (event instanceof AgreementReached agreed && agreed.limit() == threshold
                    && harvestedIn(events, agreed.round() + 1)) {
                return agreed.round();
            }
        }
        return 0;
    }

    private static boolean harvestedIn(List<Event> events, int month) {
        return events.stream().anyMatch(e -> e instanceof PoolHarvested p && p.round() == month);
    }

    /** The screen pixel (in the display's component) of a point of the display's field. */
    private static Point pixel(CommonsDisplay display, double x, double y) throws Exception {
        DrawInfo2D field = GuiSession.onEdt(() -> display.display().getDrawInfo2D(display.membersPortrayal(),
                new Point2D.Double(0, 0)));
        Point2D.Double at = display.membersPortrayal().getLocationPosition(new Double2D(x, y), field);
        return new Point((int) Math.floor(at.x), (int) Math.floor(at.y));
    }

    /** The topmost pixel of {@code colour} in column {@code x} between rows {@code from} (top) and {@code to}. */
    private static int topOf(BufferedImage image, int x, int from, int to, Color colour) {
        for (int y = from; y <= to; y++) {
            if (new Color(image.getRGB(x, y)).equals(colour)) {
                return y;
            }
        }
        return Integer.MAX_VALUE;
    }

    private static boolean near(BufferedImage image, Point at, Color colour) {
        for (int dy = -1; dy <= 1; dy++) {
            if (new Color(image.getRGB(at.x, at.y + dy)).equals(colour)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a horizontal line of {@code colour} at {@code units} of the members' bars shows left of
     * the first member's bars (within a pixel of its height; a dashed line drawn over it may hide it
     * under its dashes, not in its gaps).
     */
    private static boolean lineShows(BufferedImage image, CommonsDisplay display, double units, Color colour)
            throws Exception {
        Point from = pixel(display, CommonsScene.MEMBERS_LEFT + 1, display.barY(units));
        Point to = pixel(display, display.columnOf(0)[1] - 2, display.barY(units));
        for (int x = from.x; x <= to.x; x++) {
            if (near(image, new Point(x, from.y), colour)) {
                return true;
            }
        }
        return false;
    }

    /** The first and last rows holding a pixel of {@code colour} right of the members' lines (their labels). */
    private static int[] labelRows(BufferedImage image, CommonsDisplay display, Color colour) throws Exception {
        int from = pixel(display, CommonsScene.MEMBERS_RIGHT + 3, 0).x;
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = from; x < image.getWidth(); x++) {
                if (new Color(image.getRGB(x, y)).equals(colour)) {
                    first = Math.min(first, y);
                    last = Math.max(last, y);
                }
            }
        }
        return new int[] {first, last};
    }

    /** How many pixels differ between two captures of the same component. */
    private static int differingPixels(BufferedImage a, BufferedImage b) {
        assertThat(b.getWidth()).isEqualTo(a.getWidth());
        assertThat(b.getHeight()).isEqualTo(a.getHeight());
        int differing = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                differing += a.getRGB(x, y) == b.getRGB(x, y) ? 0 : 1;
            }
        }
        return differing;
    }

    @Test
    void theCanvasShowsTheEmptyTankAndTheSettingBeforeTheFirstStep() throws Exception {
        try (GuiSession session = GuiSession.open(fishery().withSeed(1), null)) {
            CommonsDisplay display = (CommonsDisplay) session.gui().display();
            BufferedImage image = session.capture(display.display().insideDisplay);
            GuiSession.keep(image, "govsim-fishery-before");
            Point corner = pixel(display, CommonsScene.POOL_LEFT, CommonsScene.BOTTOM);
            Point top = pixel(display, (CommonsScene.POOL_LEFT + CommonsScene.POOL_RIGHT) / 2, CommonsScene.TOP);
            assertThat(new Color(image.getRGB(corner.x, corner.y - 20))).as("the tank's left side").isEqualTo(CommonsColours.INK);
            assertThat(new Color(image.getRGB(top.x, top.y))).as("the tank's top").isEqualTo(CommonsColours.INK);
            int ink = 0;
            Point title = pixel(display, CommonsScene.POOL_LEFT, CommonsScene.TOP - 40);
            for (int x = title.x; x < title.x + 80; x++) {
                for (int y = title.y - 14; y < title.y + 2; y++) {
                    ink += new Color(image.getRGB(x, y)).equals(CommonsColours.PAPER) ? 0 : 1;
                }
            }
            assertThat(ink).as("pixels of the setting's name above the tank").isGreaterThan(20);
        }
    }

    @Test
    void theMembersBarsHaveAValueAxisWithRoundTicks() throws Exception {
        try (GuiSession session = GuiSession.open(fishery().withSeed(1), null)) {
            CommonsDisplay display = (CommonsDisplay) session.gui().display();
            session.play(2);
            BufferedImage image = session.capture(display.display().insideDisplay);
            GuiSession.keep(image, "govsim-fishery-axis");
            List<Long> ticks = session.underScheduleLock(display::barTicks);
            assertThat(ticks).as("0 and at least three round values").hasSizeGreaterThanOrEqualTo(4).startsWith(0L);
            long step = ticks.get(1);
            assertThat(Long.toString(step)).matches("[125]0*");
            int x = pixel(display, CommonsScene.AXIS_X, CommonsScene.BOTTOM).x;
            for (long units : ticks) {
                double y = session.underScheduleLock(() -> display.barY(units));
                Point at = pixel(display, CommonsScene.AXIS_X, y);
                boolean marked = false;
                for (int dy = -1; dy <= 1 && !marked; dy++) {
                    marked = new Color(image.getRGB(x - PoolLayer.TICK_PIXELS + 1, at.y + dy)).equals(CommonsColours.INK);
                }
                assertThat(marked).as("a tick at %d units, y = %d", units, at.y).isTrue();
            }
        }
    }

    @Test
    void drawsThePoolItsLinesAndEachMembersRequestAndCatchAsTheModelHoldsThem() throws Exception {
        Seeds.Chosen chosen = Seeds.withRun(fishery(), events -> monthOfCoincidingLines(events) > 0,
                "a month whose agreed limit equals its per-agent threshold, and a month after it");
        int month = monthOfCoincidingLines(chosen.events());
        try (GuiSession session = GuiSession.open(fishery().withSeed(chosen.seed()), null)) {
            CommonsDisplay display = (CommonsDisplay) session.gui().display();
            session.play(month);
            BufferedImage image = session.capture(display.display().insideDisplay);
            GuiSession.keep(image, "govsim-fishery");
            SocietyView view = session.underScheduleLock(() -> CommonsScenario.viewOf(session.gui().simulation().model()));
            long[] state = session.underScheduleLock(() -> new long[] {view.month(), view.level(), view.levelBeforeHarvest(),
                view.groupThreshold(), view.collapseThreshold(), view.agentThreshold(), view.members(), view.agreedLimit()});
            assertThat(state[0]).as("month").isEqualTo(month);

            Point bottom = pixel(display, 170, CommonsScene.BOTTOM - 1);
            Point top = pixel(display, 170, CommonsScene.TOP);
            Point level = pixel(display, 170, display.poolY(state[1]));
            assertThat(topOf(image, bottom.x, top.y, bottom.y, CommonsColours.resource(Setting.FISHERY)))
                    .as("the lake's level, %d t", state[1]).isBetween(level.y - SLACK, level.y + SLACK);
            assertThat(near(image, pixel(display, CommonsScene.POOL_LEFT + 3, display.poolY(state[2] - state[3])),
                    CommonsColours.SUSTAINABLE)).as("the sustainability line at %d t", state[2] - state[3]).isTrue();
            assertThat(near(image, pixel(display, CommonsScene.POOL_LEFT + 3, display.poolY(state[4])), CommonsColours.COLLAPSE))
                    .as("the collapse threshold").isTrue();

            int[][] bars = session.underScheduleLock(() -> {
                int[][] found = new int[view.members()][];
                for (int i = 0; i < view.members(); i++) {
                    found[i] = new int[] {view.requested(i), view.taken(i)};
                }
                return found;
            });
            List<MemberView> members = display.members();
            for (int i = 0; i < members.size(); i++) {
                double[] column = display.columnOf(i);
                Color kind = CommonsColours.kind(members.get(i).getKind());
                Point base = pixel(display, column[2], CommonsScene.BOTTOM - 1);
                Point expected = pixel(display, column[2], display.barY(bars[i][1]));
                int drawn = topOf(image, base.x, pixel(display, 0, CommonsScene.TOP).y, base.y, kind);
                if (bars[i][1] == 0) {
                    assertThat(drawn).as("member %d got nothing", i).isGreaterThanOrEqualTo(base.y - 1);
                } else {
                    assertThat(drawn).as("member %d's catch, %d t", i, bars[i][1])
                            .isBetween(expected.y - SLACK, expected.y + SLACK);
                }
                Point request = pixel(display, column[1], display.barY(bars[i][0]));
                assertThat(near(image, request, CommonsColours.INK)).as("member %d's request, %d t", i, bars[i][0]).isTrue();
            }
            assertThat(lineShows(image, display, state[5], CommonsColours.THRESHOLD))
                    .as("the per-agent threshold, %d t", state[5]).isTrue();
            assertThat(state[7]).as("the limit agreed in month %d, as the per-agent threshold", month).isEqualTo(state[5]);
            assertThat(lineShows(image, display, state[7], CommonsColours.AGREED))
                    .as("the agreed limit, %d t", state[7]).isTrue();
            int[] threshold = labelRows(image, display, CommonsColours.THRESHOLD);
            int[] agreed = labelRows(image, display, CommonsColours.AGREED);
            assertThat(threshold[0]).as("the threshold's label").isLessThan(Integer.MAX_VALUE);
            assertThat(agreed[0]).as("the agreed limit's label").isLessThan(Integer.MAX_VALUE);
            assertThat(threshold[1] < agreed[0] || agreed[1] < threshold[0])
                    .as("the labels (rows %d-%d and %d-%d) do not overprint each other", threshold[0], threshold[1],
                            agreed[0], agreed[1]).isTrue();
        }
    }

    @Test
    void onceARunHasEndedTheDisplayShowsItsLastMonth() throws Exception {
        Seeds.Chosen chosen = Seeds.withEvent(fishery(), e -> e instanceof CommonsCollapsed, "a collapse");
        int last = ((CommonsCollapsed) chosen.first(e -> e instanceof CommonsCollapsed)).round();
        try (GuiSession session = GuiSession.open(fishery().withSeed(chosen.seed()), null)) {
            CommonsDisplay display = (CommonsDisplay) session.gui().display();
            session.playToEnd();
            SocietyView view = session.underScheduleLock(() -> CommonsScenario.viewOf(session.gui().simulation().model()));
            long[] state = session.underScheduleLock(() -> new long[] {view.month(), view.level()});
            assertThat(state[0]).as("the month the run ended in").isEqualTo(last);

            Point bottom = pixel(display, 170, CommonsScene.BOTTOM - 1);
            int top = pixel(display, 170, CommonsScene.TOP).y;
            Point level = pixel(display, 170, display.poolY(state[1]));
            Color lake = CommonsColours.resource(Setting.FISHERY);
            // an empty lake shows no water; else its surface within SLACK of the level
            Predicate<BufferedImage> showsTheLevel = image -> {
                int drawn = topOf(image, bottom.x, top, bottom.y, lake);
                return state[1] == 0 ? drawn >= bottom.y - 1 : Math.abs(drawn - level.y) <= SLACK;
            };
            BufferedImage shown = session.captureWhenShowing(display.display().insideDisplay, showsTheLevel);
            GuiSession.keep(shown, "govsim-fishery-ended");
            assertThat(showsTheLevel).as("the lake at its level at the end, %d t (its surface drawn at row %d, not %d)",
                    state[1], topOf(shown, bottom.x, top, bottom.y, lake), level.y).accepts(shown);
            BufferedImage repainted = session.capture(display.display().insideDisplay);
            assertThat(differingPixels(shown, repainted)).as("pixels a repaint of month %d changes", last).isZero();
        }
    }

    @Test
    void clickingAMembersColumnOpensItsInspector() throws Exception {
        long seed = Seeds.withEvent(fishery(), e -> e instanceof PoolHarvested p && p.round() == 3,
                "a run that goes on after month 2").seed();
        try (GuiSession session = GuiSession.open(fishery().withSeed(seed), null)) {
            CommonsDisplay display = (CommonsDisplay) session.gui().display();
            session.play(2);
            double[] column = display.columnOf(3);
            Point at = pixel(display, column[0], CommonsScene.BOTTOM - 30);
            Point corner = GuiSession.onEdt(() -> {
                display.frame().toFront();
                return display.display().insideDisplay.getLocationOnScreen();
            });
            session.robot().waitForIdle();
            session.robot().mouseMove(corner.x + at.x, corner.y + at.y);
            session.robot().mousePress(InputEvent.BUTTON1_DOWN_MASK);
            session.robot().mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
            GuiSession.waitFor(() -> !display.inspectedMembers().isEmpty(), "a member's inspector");
            assertThat(display.inspectedMembers().get(0).index()).isEqualTo(3);
        }
    }

    @Test
    void aDisplayedRunWritesTheEventsOfAHeadlessRunAndItsLiveChartsShowTheirData() throws Exception {
        ScenarioSpec newcomer = ScenarioCatalog.installed().resolve("govsim-fishery-newcomer");
        ScenarioSpec spec = newcomer.withSeed(Seeds.withEvent(newcomer,
                e -> e instanceof HarvestAllocated && e.source().equals("agent-4"), "the newcomer's first catch").seed());
        Path displayed;
        try (GuiSession session = GuiSession.open(spec, folder.resolve("displayed"))) {
            session.playToEnd();
            displayed = session.gui().runDirectory();
            GuiSession.onEdt(() -> null);
            List<Chart> charts = session.gui().charts().charts();
            List<XYSeriesCollection> live = GuiSession.onEdt(() -> session.gui().liveDatasets());
            CommonsCharts again = new CommonsCharts();
            List<Event> events = readAll(displayed.resolve(HeadlessRun.EVENTS_FILE));
            events.forEach(again::accept);
            List<String> names = new ArrayList<>();
            for (int c = 0; c < charts.size(); c++) {
                for (Series series : charts.get(c).allSeries()) {
                    names.add(series.name());
                    int chart = c;
                    XYSeries shown = GuiSession.onEdt(() -> live.get(chart).getSeries(series.name()));
                    Series recomputed = again.charts().get(c).find(series.name()).orElseThrow();
                    assertThat(shown.getItemCount()).isEqualTo(series.size()).isEqualTo(recomputed.size());
                    for (int i = 0; i < series.size(); i++) {
                        assertThat(shown.getY(i).doubleValue()).isEqualTo(series.y(i)).isEqualTo(recomputed.y(i));
                        assertThat(shown.getX(i).doubleValue()).isEqualTo(series.x(i)).isEqualTo(recomputed.x(i));
                    }
                }
            }
            assertThat(names).contains(CommonsCharts.BEFORE, CommonsCharts.TAKEN, "agent-4");
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
