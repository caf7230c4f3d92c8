package org.agora.viz.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.swing.JComponent;
import org.agora.core.run.HeadlessRun;
import org.agora.core.scenario.ScenarioCatalog;
import org.agora.scenarios.cli.Agora;
import org.agora.viz.commons.CommonsDisplay;
import org.agora.viz.merge.MergeDisplay;
import org.agora.viz.smallcell.SmallCellDisplay;
import org.agora.viz.testing.XDisplayExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import sim.display.Display2D;

/**
 * The screenshots of docs/: the three GUIs part-way through a run (display, live charts) and the
 * charts of an analysis report, captured from a real X display. They go to the folder named by
 * the environment variable {@code AGORA_SCREENSHOTS} (docs/screenshots when regenerating them, see
 * docs/visualization.md), else to target/screenshots.
 */
@ExtendWith(XDisplayExtension.class)
class ScreenshotsIT {

    @TempDir
    Path dir;

    private static Path folder() throws Exception {
        String named = System.getenv("AGORA_SCREENSHOTS");
        return Files.createDirectories(named == null || named.isBlank() ? Path.of("target", "screenshots") : Path.of(named));
    }

    private static void save(BufferedImage image, String name) throws Exception {
        Path file = folder().resolve(name + ".png");
        ImageIO.write(image, "png", file.toFile());
        assertThat(image.getWidth()).isGreaterThan(200);
        assertThat(file).isNotEmptyFile();
    }

    private static void shoot(GuiSession session, Display2D display, String name) throws Exception {
        save(session.capture(display), name);
        save(session.capture((JComponent) session.gui().chartsFrame().getContentPane()), name + "-charts");
    }

    @Test
    void theThreeGuisPartWayThroughARun() throws Exception {
        try (GuiSession session = GuiSession.open(ScenarioCatalog.installed().resolve("govsim-fishery"), null)) {
            session.play(6);
            shoot(session, ((CommonsDisplay) session.gui().display()).display(), "gui-commons");
        }
        try (GuiSession session = GuiSession.open(ScenarioCatalog.installed().resolve("v2x-merge"), null)) {
            session.playUntil(12);
            shoot(session, ((MergeDisplay) session.gui().display()).display(), "gui-merge");
        }
        try (GuiSession session = GuiSession.open(ScenarioCatalog.installed().resolve("smallcell-market"), null)) {
            session.playUntil(35);
            shoot(session, ((SmallCellDisplay) session.gui().display()).display(), "gui-smallcells");
        }
    }

    @Test
    void theChartsOfAnAnalysisReport() throws Exception {
        Path run = dir.resolve("cells");
        assertThat(new HeadlessRun(ScenarioCatalog.installed().resolve("smallcell-market").withUntil(60), run).execute().done()).isTrue();
        assertThat(Agora.execute(new String[] {"analyze", run.toString()}, new java.io.PrintWriter(java.io.Writer.nullWriter()),
                new java.io.PrintWriter(java.io.Writer.nullWriter()))).isZero();
        for (String chart : new String[] {"compared", "rates-around-handovers"}) {
            save(ImageIO.read(run.resolve("analysis/charts/" + chart + ".png").toFile()), "report-" + chart);
        }
    }
}
