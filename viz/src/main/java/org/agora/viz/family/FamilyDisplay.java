package org.agora.viz.family;

import org.agora.core.event.Event;
import org.agora.core.scenario.Model;
import org.agora.core.scenario.ScenarioSpec;
import sim.display.Controller;
import sim.display.GUIState;

/**
 * A family's display in the GUI: its windows (MASON {@code Display2D}s) and what they draw. It reads
 * the model through public read-only accessors and the run's events; it never changes the model
 * and never draws from the model's random streams, so a displayed run publishes the same events as
 * a headless one.
 *
 * <p>Threading: {@link #init} and {@link #quit} run on the Swing thread; {@link #started} on the
 * thread that starts the run (the Swing thread, from the Console) before the first step;
 * {@link #accept} and {@link #stepped} on the simulation thread while it holds the schedule's lock,
 * which MASON's displays also take to paint.
 */
public interface FamilyDisplay {

    /** A display that shows nothing (scenarios of no family: the Console and the charts only). */
    FamilyDisplay NONE = new FamilyDisplay() {
    };

    /**
     * Creates the windows and registers them with the Console, without showing them: the GUI
     * places every window, then shows them all (a window moved after it is shown may be reported
     * back at its first place by the window system).
     */
    default void init(GUIState gui, Controller controller, ScenarioSpec spec) {
    }

    /** A run has started: {@code model} is its freshly built model. */
    default void started(Model model) {
    }

    /** One of the run's events, as it is published. */
    default void accept(Event event) {
    }

    /** After each instant of the run: bring what is drawn up to date. */
    default void stepped() {
    }

    /** What the Console's model inspector shows (a bean with getters); null for the run's basics only. */
    default Object inspected() {
        return null;
    }

    /** The GUI quits: release the windows. */
    default void quit() {
    }
}
