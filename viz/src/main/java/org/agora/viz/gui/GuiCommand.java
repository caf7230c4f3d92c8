package org.agora.viz.gui;

import java.awt.GraphicsEnvironment;
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
        description = {"Open the desktop GUI: MASON's Console (play, pause, step, stop, speed, seed, inspectors),",
            "the scenario family's display and live charts. Ends when the Console is closed; the Console can change the seed.",
            "Exit status: 0 closed, 2 bad input (or no display)."})
public final class GuiCommand implements Subcommand {

    @Mixin
    private ScenarioOptions scenario = new ScenarioOptions();

    @Option(names = "--out", paramLabel = "DIR",
            description = "write each displayed run's events.jsonl and summary.json here (default: nothing written)")
    private Path out;

    @Override
    public Integer call() throws InterruptedException {
        ScenarioSpec spec = scenario.resolve().check();
        if (GraphicsEnvironment.isHeadless()) {
            throw new BadInputException("no display to open a window on (DISPLAY is not set); "
                    + "on a machine without one, run it under Xvfb: xvfb-run ./agora gui " + scenario.target());
        }
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
}
