package org.agora.viz.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.agora.core.scenario.ScenarioCatalog;
import org.agora.core.testing.WalkersScenario;
import org.agora.viz.testing.XDisplayExtension;
import org.agora.viz.testing.XServerWindows;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.Test;

/**
 * The windows {@code agora gui} opens, as the X server holds them: on the screen, and none
 * covering another (under Xvfb the screen is 1600 × 1000, smaller than the windows' preferred sizes
 * side by side); and AWT's record of each window agrees with the server's.
 */
@ExtendWith(XDisplayExtension.class)
class WindowLayoutIT {

    @Test
    void theWindowsOfEachFamilyAreOnTheScreenAndNoneCoversAnother() throws Exception {
        for (String scenario : List.of("govsim-fishery", "v2x-merge", "smallcell-market", WalkersScenario.ID)) {
            assertLaidOut(scenario);
        }
    }

    private static void assertLaidOut(String scenario) throws Exception {
        try (GuiSession session = GuiSession.open(ScenarioCatalog.installed().resolve(scenario), null)) {
            session.robot().waitForIdle();
            Rectangle screen = GuiSession.onEdt(() -> GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds());
            Map<String, Rectangle> recorded = GuiSession.onEdt(() -> {
                Map<String, Rectangle> shown = new LinkedHashMap<>();
                shown.put(session.console().getTitle(), session.console().getBounds());
                for (Object frame : session.console().getAllFrames()) {
                    if (frame instanceof java.awt.Frame window && window.isShowing()) {
                        shown.put(window.getTitle(), window.getBounds());
                    }
                }
                return shown;
            });
            Map<String, Rectangle> server = XServerWindows.byTitle();
            Map<String, Rectangle> windows = new LinkedHashMap<>();
            for (String title : recorded.keySet()) {
                assertThat(server).as("%s: the X server's windows", scenario).containsKey(title);
                windows.put(title, server.get(title));
            }
            assertThat(windows).as("%s: where AWT records its windows, against where the X server has them (later moves and "
                    + "resizes start from AWT's record)", scenario).isEqualTo(recorded);
            assertThat(windows).as("%s's windows on %s", scenario, screen).hasSizeGreaterThanOrEqualTo(scenario.equals(WalkersScenario.ID) ? 2 : 3);
            assertThat(windows.keySet()).anyMatch(title -> title.startsWith("Charts"));
            for (Map.Entry<String, Rectangle> window : windows.entrySet()) {
                assertThat(screen.contains(window.getValue())).as("%s: %s %s within the screen %s", scenario, window.getKey(),
                        window.getValue(), screen).isTrue();
                assertThat(window.getValue().width).as("%s's width", window.getKey()).isGreaterThan(200);
                assertThat(window.getValue().height).as("%s's height", window.getKey()).isGreaterThan(50);
                for (Map.Entry<String, Rectangle> other : windows.entrySet()) {
                    if (!other.getKey().equals(window.getKey())) {
                        assertThat(window.getValue().intersects(other.getValue())).as("%s: %s %s covering %s %s", scenario, window.getKey(),
                                window.getValue(), other.getKey(), other.getValue()).isFalse();
                    }
                }
            }
        }
    }
}
