package org.agora.viz.gui;

import javax.swing.JComponent;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Toolkit;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javax.swing.SwingUtilities;
import org.agora.core.scenario.ScenarioSpec;
import sim.display.Console;

/**
 * A GUI opened for a test on the real display: MASON's Console driven through its own buttons
 * (play, pause, stop), waits for the states the Console reports, and screen captures.
 */
public final class GuiSession implements AutoCloseable {

    private static final Duration PATIENCE = Duration.ofMinutes(3);
    /** How long a display may take to show what a test waits for (the machine may be loaded). */
    private static final Duration SHOWING_PATIENCE = Duration.ofSeconds(30);
    private static final long POLL_MILLIS = 20;

    private final Console console;
    private final AgoraGui gui;
    private final Robot robot;
    private volatile boolean quit;

    private GuiSession(ScenarioSpec spec, Path out, boolean watchable) throws Exception {
        AtomicReference<Console> opened = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            opened.set(AgoraGui.open(spec, out, () -> quit = true));
            if (!watchable) {
                opened.get().setPlaySleep(0);
            }
        });
        this.console = opened.get();
        this.gui = (AgoraGui) console.getSimulation();
        this.robot = new Robot();
        robot.waitForIdle();
    }

    /**
     * Opens the Console for {@code spec}, writing runs to {@code out} (or nowhere if null), playing
     * as fast as it can (tests do not watch; the GUI's watchable pace is tested on its own).
     */
    public static GuiSession open(ScenarioSpec spec, Path out) throws Exception {
        return new GuiSession(spec, out, false);
    }

    /** Opens the Console as a user gets it, at the family's watchable pace. */
    public static GuiSession openAsUsersDo(ScenarioSpec spec, Path out) throws Exception {
        return new GuiSession(spec, out, true);
    }

    public Console console() {
        return console;
    }

    public AgoraGui gui() {
        return gui;
    }

    public Robot robot() {
        return robot;
    }

    /** Whether the GUI has quit (its Console closed). */
    public boolean hasQuit() {
        return quit;
    }

    /**
     * Presses play (or, when paused, pause again, which is how MASON's Console resumes) and lets the
     * Console pause after {@code steps} more instants.
     */
    public void play(long steps) throws Exception {
        long target = onEdt(() -> console.getPlayState() == Console.PS_STOPPED ? 0L
                : gui.state.schedule.getSteps()) + steps;
        onEdt(() -> {
            console.setWhenShouldPause(target);
            console.setWhenShouldPauseTime(Double.POSITIVE_INFINITY);
            if (console.getPlayState() == Console.PS_PAUSED) {
                console.pressPause();
            } else {
                console.pressPlay();
            }
            return null;
        });
        waitFor(() -> console.getPlayState() == Console.PS_PAUSED && gui.state.schedule.getSteps() >= target,
                "the Console to pause after " + target + " steps");
        robot.waitForIdle();
    }

    /**
     * Presses play (or, when paused, pause again) and lets the Console pause at the first instant at
     * or after {@code seconds} of simulated time.
     */
    public void playUntil(double seconds) throws Exception {
        onEdt(() -> {
            console.setWhenShouldPause(Long.MAX_VALUE);
            console.setWhenShouldPauseTime(seconds);
            if (console.getPlayState() == Console.PS_PAUSED) {
                console.pressPause();
            } else {
                console.pressPlay();
            }
            return null;
        });
        waitFor(() -> console.getPlayState() == Console.PS_PAUSED && gui.state.schedule.getTime() >= seconds,
                "the Console to pause at " + seconds + " s");
        robot.waitForIdle();
    }

    /** Presses play (or keeps playing) until the run ends by itself and the Console stops. */
    public void playToEnd() throws Exception {
        onEdt(() -> {
            console.setWhenShouldPause(Long.MAX_VALUE);
            console.setWhenShouldPauseTime(Double.POSITIVE_INFINITY);
            if (console.getPlayState() == Console.PS_PAUSED) {
                console.pressPause();
            } else {
                console.pressPlay();
            }
            return null;
        });
        waitFor(() -> console.getPlayState() == Console.PS_STOPPED, "the run to end");
        robot.waitForIdle();
    }

    /** Presses stop. */
    public void stop() throws Exception {
        onEdt(() -> {
            console.pressStop();
            return null;
        });
        robot.waitForIdle();
    }

    /** Runs on the Swing thread and returns what it returns. */
    public static <T> T onEdt(Callable<T> action) throws Exception {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Exception> failure = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            try {
                result.set(action.call());
            } catch (Exception e) {
                failure.set(e);
            }
        });
        if (failure.get() != null) {
            throw failure.get();
        }
        return result.get();
    }

    /** Reads the model while the simulation cannot step (MASON's displays paint under the same lock). */
    public <T> T underScheduleLock(Supplier<T> reading) {
        synchronized (gui.state.schedule) {
            return reading.get();
        }
    }

    /** Repaints {@code component} now and captures it from the screen as the X server shows it. */
    public BufferedImage capture(JComponent component) throws Exception {
        Rectangle bounds = onEdt(() -> {
            SwingUtilities.getWindowAncestor(component).toFront();
            component.paintImmediately(0, 0, component.getWidth(), component.getHeight());
            Toolkit.getDefaultToolkit().sync();
            return boundsOnScreen(component);
        });
        robot.waitForIdle();
        return settled(bounds);
    }

    /**
     * Captures {@code component} from the screen as the X server shows it, without asking it to
     * repaint: what a user sees. Waits (up to half a minute) until the capture {@code shows} what
     * is expected, and returns the last capture either way, for the test to check and report.
     */
    public BufferedImage captureWhenShowing(JComponent component, Predicate<BufferedImage> shows) throws Exception {
        robot.waitForIdle();
        Rectangle bounds = onEdt(() -> boundsOnScreen(component));
        long deadline = System.nanoTime() + SHOWING_PATIENCE.toNanos();
        BufferedImage image = robot.createScreenCapture(bounds);
        while (!shows.test(image) && System.nanoTime() < deadline) {
            Thread.sleep(POLL_MILLIS);
            image = robot.createScreenCapture(bounds);
        }
        return image;
    }

    private static Rectangle boundsOnScreen(JComponent component) {
        Point corner = component.getLocationOnScreen();
        return new Rectangle(corner.x, corner.y, component.getWidth(), component.getHeight());
    }

    /** A capture of {@code bounds} once two captures in a row are the same (what was drawn has reached the screen). */
    private BufferedImage settled(Rectangle bounds) throws InterruptedException {
        long deadline = System.nanoTime() + SHOWING_PATIENCE.toNanos();
        BufferedImage last = robot.createScreenCapture(bounds);
        while (true) {
            Thread.sleep(POLL_MILLIS);
            BufferedImage now = robot.createScreenCapture(bounds);
            if (samePixels(last, now) || System.nanoTime() > deadline) {
                return now;
            }
            last = now;
        }
    }

    private static boolean samePixels(BufferedImage a, BufferedImage b) {
        return Arrays.equals(a.getRGB(0, 0, a.getWidth(), a.getHeight(), null, 0, a.getWidth()),
                b.getRGB(0, 0, b.getWidth(), b.getHeight(), null, 0, b.getWidth()));
    }

    /** Keeps a capture in {@code target/screenshots/NAME.png}, for people to look at. */
    public static void keep(BufferedImage image, String name) throws java.io.IOException {
        Path folder = Path.of("target", "screenshots");
        java.nio.file.Files.createDirectories(folder);
        javax.imageio.ImageIO.write(image, "png", folder.resolve(name + ".png").toFile());
    }

    /** Waits (at most a few minutes) until {@code condition} holds. */
    public static void waitFor(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(POLL_MILLIS);
        }
    }

    /**
     * Closes the Console as its close box does, except for the last step: MASON's Console ends the
     * JVM when its last window closes, which a test cannot allow.
     */
    @Override
    public void close() {
        try {
            onEdt(() -> {
                console.pressStop();
                gui.quit();
                console.dispose();
                Console.allControllers.remove(console);
                return null;
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while closing the Console", e);
        } catch (Exception e) {
            throw new IllegalStateException("cannot close the Console", e);
        }
    }
}
