package org.agora.viz.gui;

import java.awt.AWTError;
import java.awt.GraphicsEnvironment;
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import javax.swing.SwingUtilities;
import org.agora.core.config.BadInputException;
import org.agora.core.scenario.ScenarioSpec;
import org.agora.scenarios.cli.RunSpecs;
import org.agora.scenarios.cli.Subcommand;
import org.agora.scenarios.cli.UntilConsumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code agora gui}: MASON's Console with the scenario family's display and live charts. */
@Command(name = "gui", mixinStandardHelpOptions = true,
        description = {"Open the desktop GUI: MASON's Console (play, pause, step, stop, speed, seed, inspectors), "
                + "the scenario family's display and live charts.",
            "Ends when the Console is closed.",
            "Exit status: 0 closed, 2 bad input (or no display)."})
public final class GuiCommand implements Subcommand {

    @Parameters(paramLabel = "SCENARIO", description = "a catalog entry, a scenario id or a scenario file")
    private String target;

    @Option(names = "--seed", paramLabel = "N", description = "the run seed (default: the file's, or 1); the Console can change it")
    private Long seed;

    @Option(names = "--set", paramLabel = "NAME=VALUE", description = "set a parameter (repeatable)")
    private List<String> assignments = new ArrayList<>();

    @Option(names = "--until", paramLabel = "TIME", parameterConsumer = UntilConsumer.class,
            description = "the stop time: seconds, or a number and a unit (20 s, 12 months)")
    private String until;

    @Option(names = "--out", paramLabel = "DIR",
            description = "a folder for the displayed runs: each play writes a run directory of its own in it "
                + "(events.jsonl, manifest.json, and summary.json if it reached its end); default: nothing written")
    private Path out;

    @Override
    public Integer call() throws InterruptedException {
        ScenarioSpec spec = RunSpecs.resolve(target, seed, until, assignments, new PrintWriter(System.err, true))
                .check();
        if (GraphicsEnvironment.isHeadless()) {
            throw new BadInputException("no display to open a window on (DISPLAY is not set); "
                    + "on a machine without one, run it under Xvfb: xvfb-run ./agora gui " + target);
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
                    + "' (is an X server running there?); without one, run it under Xvfb: xvfb-run ./agora gui " + target);
        }
    }
}
