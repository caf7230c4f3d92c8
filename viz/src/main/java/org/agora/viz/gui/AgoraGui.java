package org.agora.viz.gui;

import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.agora.core.kernel.AgoraState;
import org.agora.core.run.Simulation;
import org.agora.core.scenario.ScenarioSpec;
import org.agora.viz.chart.EventCharts;
import org.agora.viz.family.Families;
import org.agora.viz.family.Family;
import org.agora.viz.family.FamilyDisplay;
import sim.display.Console;
import sim.display.Controller;
import sim.display.GUIState;

/**
 * The GUI of one scenario, as MASON intends: a {@link GUIState} around the run's MASON state (the
 * {@link Simulation}'s {@code AgoraState}), driven by MASON's {@link Console} (play, pause, step,
 * stop, speed, seed, inspectors). The model never knows it is displayed: the displays read it and
 * hear its events through a sink of their own, and nothing here draws from its random streams
 * (MASON's {@link #guirandom} is the GUI's own), so a displayed run publishes the same events as a
 * headless run with the same seed.
 *
 * <p>Beside the Console: the family's display ({@link FamilyDisplay}) and the live charts of its
 * {@link EventCharts}.
 */
public final class AgoraGui extends GUIState {

    private final DisplayedRun run;
    private final Family family;
    private final FamilyDisplay display;
    private final LiveCharts liveCharts = new LiveCharts();
    private final RunInspection inspection;
    private final Runnable onQuit;
    private EventCharts charts;

    /**
     * @param spec the scenario to show
     * @param out the folder in which each start (play) writes a run directory of its own; null for nowhere
     * @param onQuit told when the Console closes
     */
    public AgoraGui(ScenarioSpec spec, Path out, Runnable onQuit) {
        this(new DisplayedRun(spec, out), onQuit);
    }

    private AgoraGui(DisplayedRun run, Runnable onQuit) {
        super(run.simulation().state());
        this.run = run;
        this.onQuit = onQuit;
        this.family = Families.of(run.spec().scenario().id());
        this.display = family.display();
        this.inspection = new RunInspection(this);
    }

    /**
     * Opens the Console with the scenario's displays and charts (Swing thread).
     *
     * @return the Console, visible
     */
    public static Console open(ScenarioSpec spec, Path out, Runnable onQuit) {
        skipMasonsDemoList();
        AgoraGui gui = new AgoraGui(spec, out, onQuit);
        Console console = new Console(gui);
        console.setTitle("Agora — " + spec.name());
        console.setPlaySleep(gui.family.stepDelayMillis());
        arrange(console, gui.liveCharts.frame());
        console.setVisible(true);
        return console;
    }

    /**
     * Lays the windows out so that none covers another ({@link WindowLayout}) on the screen's usable
     * bounds, then shows them: placed before they are shown, they never jump.
     */
    private static void arrange(Console console, javax.swing.JFrame charts) {
        Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        List<java.awt.Window> displays = new ArrayList<>();
        for (Object registered : console.getAllFrames()) {
            if (registered != charts && registered instanceof java.awt.Window window) {
                displays.add(window);
            }
        }
        WindowLayout.Placement placement = WindowLayout.arrange(screen,
                displays.stream().map(java.awt.Window::getBounds).toList(), console.getSize(), charts.getSize());
        for (int i = 0; i < displays.size(); i++) {
            displays.get(i).setBounds(placement.displays().get(i));
        }
        charts.setBounds(placement.charts());
        charts.validate();
        console.setBounds(placement.console());
        displays.forEach(window -> window.setVisible(true));
        charts.setVisible(true);
    }

    /**
     * MASON's Console loads the list of its own demo simulations (for its "New Simulation" menu) when
     * the first Console opens; some of them need Java3D, which Agora leaves out, so every GUI start
     * printed "WARNING: Not all classes loaded, due to error: probably no Java3D.". Agora opens its
     * scenarios from the command line, so the list is marked loaded (and empty) before it is read.
     */
    private static void skipMasonsDemoList() {
        try {
            java.lang.reflect.Field loaded = Console.class.getDeclaredField("classListLoaded");
            loaded.setAccessible(true);
            synchronized (classLock()) {
                loaded.setBoolean(null, true);
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            // another MASON version: at worst its warning is printed
        }
    }

    private static Object classLock() throws ReflectiveOperationException {
        java.lang.reflect.Field lock = Console.class.getDeclaredField("classLock");
        lock.setAccessible(true);
        return lock.get(null);
    }

    public static String getName() {
        return "Agora";
    }

    /** The simulation of the current (or next) start. */
    public Simulation simulation() {
        return run.simulation();
    }

    /** The run directory of the current (or last) start; null before the first or without an output folder. */
    public Path runDirectory() {
        return run.runDirectory();
    }

    /** The family display (for tests and tools). */
    public FamilyDisplay display() {
        return display;
    }

    /** The family this scenario belongs to. */
    public Family family() {
        return family;
    }

    /** The live charts' window. */
    public javax.swing.JFrame chartsFrame() {
        return liveCharts.frame();
    }

    /** The datasets the live charts show, one per chart of the family (Swing thread). */
    public java.util.List<org.jfree.data.xy.XYSeriesCollection> liveDatasets() {
        return liveCharts.datasets();
    }

    /** The current run's chart data (the data behind the live charts); null before the first start. */
    public EventCharts charts() {
        return charts;
    }

    @Override
    public void init(Controller controller) {
        super.init(controller);
        display.init(this, controller, run.spec());
        liveCharts.init(controller, "Charts — " + run.spec().name(), family.charts());
    }

    @Override
    public void start() {
        if (run.useSeed(((AgoraState) state).runSeed())) {
            state = run.simulation().state();
        }
        EventCharts runCharts = family.charts();
        charts = runCharts;
        run.feedTo(event -> {
            display.accept(event);
            runCharts.accept(event);
        });
        liveCharts.reset(runCharts);
        super.start();
        run.started();
        display.started(run.simulation().model());
        scheduleRepeatingImmediatelyAfter(simState -> {
            display.stepped();
            liveCharts.handOver(false);
        });
    }

    /** The run has stopped or ended (Swing thread): the displays show its last instant, the charts all its points. */
    @Override
    public void finish() {
        boolean completed = state.schedule.scheduleComplete();
        super.finish();
        liveCharts.handOver(true);
        run.finished(completed);
        if (controller != null) {
            // MASON's Console redraws its displays when it pauses or steps, not when it stops
            controller.refresh();
        }
    }

    @Override
    public void quit() {
        super.quit();
        display.quit();
        liveCharts.quit();
        onQuit.run();
    }

    /**
     * The Console's model inspector, live: MASON builds it non-volatile, so it showed the values of
     * the moment it was opened until Refresh was pressed; volatile, it is updated after every step.
     */
    @Override
    public sim.portrayal.Inspector getInspector() {
        sim.portrayal.Inspector inspector = super.getInspector();
        if (inspector != null) {
            inspector.setVolatile(true);
        }
        return inspector;
    }

    @Override
    public Object getSimulationInspectedObject() {
        Object inspected = display.inspected();
        return inspected != null ? inspected : inspection;
    }
}
