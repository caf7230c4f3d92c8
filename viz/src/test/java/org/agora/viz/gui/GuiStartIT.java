package org.agora.viz.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.agora.core.scenario.ScenarioCatalog;
import org.agora.core.testing.WalkersScenario;
import org.agora.viz.testing.XDisplayExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import sim.display.ConsoleFields;

/** Opening the GUI, on a real X display, in a JVM where no Console has opened yet. */
@ExtendWith(XDisplayExtension.class)
class GuiStartIT {

    @Test
    void theFirstConsolePrintsNoWarningAboutJava3d() throws Exception {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try (GuiSession session = GuiSession.open(ScenarioCatalog.installed().resolve(WalkersScenario.ID), null)) {
            session.play(2);
        } finally {
            System.setErr(original);
        }
        assertThat(captured.toString(StandardCharsets.UTF_8)).doesNotContain("Java3D");
    }

    @Test
    void theCommonsPlaysAMonthASecondAndItsClockShowsTheMonth() throws Exception {
        try (GuiSession session = GuiSession.openAsUsersDo(ScenarioCatalog.installed().resolve("govsim-fishery"), null)) {
            assertThat(GuiSession.onEdt(() -> session.console().getPlaySleep())).isEqualTo(1000L);
            long started = System.nanoTime();
            session.play(3);
            assertThat((System.nanoTime() - started) / 1e9).as("seconds for three months").isGreaterThan(1.5);
            awaitClock(session, "month 3"::equals, "the clock to show month 3");
            assertThat(GuiSession.onEdt(() -> session.gui().getInspector().isVolatile())).as("the model inspector is live").isTrue();
            Object inspected = GuiSession.onEdt(() -> session.gui().getSimulationInspectedObject());
            assertThat(inspected).isInstanceOf(org.agora.viz.commons.CommonsInspection.class);
            assertThat(session.underScheduleLock(() -> ((org.agora.viz.commons.CommonsInspection) inspected).getMonth())).isEqualTo(3);
        }
    }

    @Test
    void theRoadPlaysAboutInRealTimeAndItsClockShowsRoundedSeconds() throws Exception {
        try (GuiSession session = GuiSession.openAsUsersDo(ScenarioCatalog.installed().resolve("v2x-merge"), null)) {
            assertThat(GuiSession.onEdt(() -> session.console().getPlaySleep())).isEqualTo(67L);
            session.play(10);
            awaitClock(session, clock -> clock.matches("\\d+\\.\\d\\d s"), "the clock to show seconds with two decimals");
        }
    }

    private static void awaitClock(GuiSession session, java.util.function.Predicate<String> shows, String what)
            throws InterruptedException {
        GuiSession.waitFor(() -> {
            try {
                return shows.test(GuiSession.onEdt(() -> ConsoleFields.clock(session.console())));
            } catch (Exception e) {
                return false;
            }
        }, what);
    }
}
