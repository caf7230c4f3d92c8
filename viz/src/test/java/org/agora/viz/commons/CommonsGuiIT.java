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
import org.agora.agents.commons.CommonsScenario;
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

    private static ScenarioSpec fishery(long seed) {
        return ScenarioCatalog.installed().resolve("govsim-fishery").withSeed(seed);
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

    @Test
    void drawsThePoolItsLinesAndEachMembersRequestAndCatchAsTheModelHoldsThem() throws Exception {
        try (GuiSession session = GuiSession.open(fishery(1), null)) {
            CommonsDisplay display = (CommonsDisplay) session.gui().display();
            session.play(3);
            BufferedImage image = session.capture(display.display().insideDisplay);
            GuiSession.keep(image, "govsim-fishery");
            SocietyView view = session.underScheduleLock(() -> CommonsScenario.viewOf(session.gui().simulation().model()));
            long[] state = session.underScheduleLock(() -> new long[] {view.month(), view.level(), view.levelBeforeHarvest(),
                view.groupThreshold(), view.collapseThreshold(), view.agentThreshold(), view.members()});
            assertThat(state[0]).as("month").isEqualTo(3);

            Point bottom = pixel(display, 170, CommonsScene.BOTTOM - 1);
            Point top = pixel(display, 170, CommonsScene.TOP);
            Point level = pixel(display, 170, display.poolY(state[1]));
            assertThat(topOf(image, bottom.x, top.y, bottom.y, CommonsColours.resource(org.agora.agents.commons.Setting.FISHERY)))
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
            assertThat(near(image, pixel(display, CommonsScene.MEMBERS_LEFT + 2, display.barY(state[5])),
                    CommonsColours.THRESHOLD)).as("the per-agent threshold").isTrue();
        }
    }

    @Test
    void clickingAMembersColumnOpensItsInspector() throws Exception {
        try (GuiSession session = GuiSession.open(fishery(2), null)) {
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
        ScenarioSpec spec = ScenarioCatalog.installed().resolve("govsim-fishery-newcomer").withSeed(4);
        Path displayed = folder.resolve("displayed");
        try (GuiSession session = GuiSession.open(spec, displayed)) {
            session.playToEnd();
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
