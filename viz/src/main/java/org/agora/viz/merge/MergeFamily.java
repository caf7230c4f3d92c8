package org.agora.viz.merge;

import org.agora.vehicles.merge.MergeScenario;
import org.agora.viz.chart.EventCharts;
import org.agora.viz.family.Family;
import org.agora.viz.family.FamilyDisplay;

/** The V2X on-ramp merge ({@code v2x-merge} and the catalog entries built on it). */
public final class MergeFamily implements Family {

    @Override
    public String name() {
        return "merge";
    }

    @Override
    public boolean covers(String scenarioId) {
        return scenarioId.equals(MergeScenario.ID);
    }

    @Override
    public EventCharts charts() {
        return new MergeCharts();
    }

    /** About real time: the road is simulated at 15 Hz. */
    @Override
    public long stepDelayMillis() {
        return 67;
    }

    @Override
    public FamilyDisplay display() {
        return new MergeDisplay();
    }
}
