package org.agora.viz.gui;

import java.awt.AWTError;
import java.awt.GraphicsEnvironment;
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import javax.swing.SwingUtilities;
import org.agora.core.config.BadInputException;
import org.agora.core.scenario.ScenarioSpec;
import org.agora.scenarios.cli.ScenarioOptions;
import org.agora.scenarios.cli.Subcommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code agora gui}: MASON's Console with the scenario family's display and live charts. */
@Command(name = "gui", mixinStandardHelpOptions = true,
        description = {"Open the desktop GUI: MASON's Console (play, pause, step, stop, speed, seed, inspectors), "
                + "the scenario family's display and live charts.",
            "Ends when the Console is closed.",
            "Exit status: 0 closed, 2 bad input (or no display)."})
public final class GuiCommand implements Subcommand {

    @Mixin
    private ScenarioOptions scenario = new ScenarioOptions();

    @Option(names = "--out", paramLabel = "DIR",
            description = "a folder for the displayed runs: each play writes a run directory of its own in it "
                + "(events.jsonl, manifest.json, and summary.json if it reached its end); default: nothing written")
    private Path out;

    @Override
    public Integer call() throws InterruptedException {
        ScenarioSpec spec = scenario.resolve(new PrintWriter(System.err, true)).check();
        if (GraphicsEnvironment.isHeadless()) {
            throw new BadInputException("no display to open a window on (DISPLAY is not set); "
                    + "on a machine without one, run it under Xvfb: xvfb-run ./agora gui " + scenario.target());
        }
        requireDisplay();
        CountDownLatch closed = new CountDownLatch(1);
        ScenarioSpec shown = spec;
        try {
            SwingUtilities.invokeAndWait(() -> AgoraGui.open(shown, out, closed::countDown));
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
        closed.await();
        return 0;
    }

    /** Fails with one line if the display named by DISPLAY cannot be reached (AWT would throw an Error). */
    private void requireDisplay() {
        try {
            GraphicsEnvironment.getLocalGraphicsEnvironment().getScreenDevices();
        } catch (AWTError | InternalError | NoClassDefFoundError e) {
            throw new BadInputException("cannot open a window on the display '" + System.getenv("DISPLAY")
                    + "' (is an X server running there?); without one, run it under Xvfb: xvfb-run ./agora gui " + scenario.target());
        }
    }
}
