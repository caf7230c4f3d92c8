package org.agora.viz.smallcell;

import org.agora.viz.chart.EventCharts;
import org.agora.viz.family.Family;
import org.agora.viz.family.FamilyDisplay;
import org.agora.wireless.smallcell.SmallCellMarketScenario;

/** The small-cell bandwidth market ({@code smallcell-market} and the catalog entries built on it). */
public final class SmallCellFamily implements Family {

    @Override
    public String name() {
        return "small cells";
    }

    @Override
    public boolean covers(String scenarioId) {
        return scenarioId.equals(SmallCellMarketScenario.ID);
    }

    @Override
    public EventCharts charts() {
        return new SmallCellCharts();
    }

    /** About real time: the city measures its links every 10 ms. */
    @Override
    public long stepDelayMillis() {
        return 10;
    }

    @Override
    public FamilyDisplay display() {
        return new SmallCellDisplay();
    }
}
