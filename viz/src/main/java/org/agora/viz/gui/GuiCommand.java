package org.agora.viz.gui;

import java.awt.GraphicsEnvironment;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import javax.swing.SwingUtilities;
import org.agora.core.config.BadInputException;
import org.agora.core.scenario.ScenarioCatalog;
import org.agora.core.scenario.ScenarioSpec;
import org.agora.scenarios.cli.Subcommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code agora gui}: MASON's Console with the scenario family's display and live charts. */
@Command(name = "gui", mixinStandardHelpOptions = true,
        description = {"Open the desktop GUI: MASON's Console (play, pause, step, stop, speed, seed, inspectors),",
            "the scenario family's display and live charts. Ends when the Console is closed.",
            "Exit status: 0 closed, 2 bad input (or no display)."})
public final class GuiCommand implements Subcommand {

    @Parameters(paramLabel = "SCENARIO", description = "a catalog entry, a scenario id or a scenario file")
    private String target;

    @Option(names = "--seed", paramLabel = "N", description = "the run seed (default: the file's, or 1); the Console can change it")
    private Long seed;

    @Option(names = "--set", paramLabel = "NAME=VALUE", description = "set a parameter (repeatable)")
    private List<String> assignments = new ArrayList<>();

    @Option(names = "--until", paramLabel = "TIME", description = "the stop time: seconds, or a number and a unit")
    private String until;

    @Option(names = "--out", paramLabel = "DIR",
            description = "write each displayed run's events.jsonl and summary.json here (default: nothing written)")
    private Path out;

    @Override
    public Integer call() throws InterruptedException {
        ScenarioSpec spec = ScenarioCatalog.installed().resolve(target);
        if (seed != null) {
            spec = spec.withSeed(seed);
        }
        if (until != null) {
            spec = spec.withUntil(until);
        }
        spec = spec.withAssignments(assignments).check();
        if (GraphicsEnvironment.isHeadless()) {
            throw new BadInputException("no display to open a window on (DISPLAY is not set); "
                    + "on a machine without one, run it under Xvfb: xvfb-run ./agora gui " + target);
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
