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
}
