package org.agora.viz.gui;

import org.agora.core.run.Simulation;

/**
 * What the Console's model inspector shows of any run: scenario, seed, run id, time and events so
 * far (MASON lists a bean's getters).
 */
public final class RunInspection {

    private final AgoraGui gui;

    RunInspection(AgoraGui gui) {
        this.gui = gui;
    }

    private Simulation simulation() {
        return gui.simulation();
    }

    public String getScenario() {
        return simulation().spec().scenario().id();
    }

    public String getName() {
        return simulation().spec().name();
    }

    public long getSeed() {
        return simulation().spec().seed();
    }

    public String getRunId() {
        return simulation().spec().runId();
    }

    /** Simulation time, seconds. */
    public double getTime() {
        return simulation().kernel().now();
    }

    /** Stop time, seconds. */
    public double getUntil() {
        return simulation().spec().until();
    }

    public long getEventsPublished() {
        return simulation().bus() == null ? 0 : simulation().bus().published();
    }
}
