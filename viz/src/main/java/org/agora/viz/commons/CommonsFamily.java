package org.agora.viz.commons;

import org.agora.agents.commons.Setting;
import org.agora.viz.chart.EventCharts;
import org.agora.viz.family.Family;
import org.agora.viz.family.FamilyDisplay;

/** The commons societies ({@code govsim-fishery}, {@code -pasture}, {@code -pollution}, {@code -trash} and the catalog entries built on them). */
public final class CommonsFamily implements Family {

    @Override
    public String name() {
        return "commons";
    }

    @Override
    public boolean covers(String scenarioId) {
        for (Setting setting : Setting.values()) {
            if (setting.scenarioId().equals(scenarioId)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public EventCharts charts() {
        return new CommonsCharts();
    }

    /** A month a second: one step of the Console is one month. */
    @Override
    public long stepDelayMillis() {
        return 1000;
    }

    @Override
    public FamilyDisplay display() {
        return new CommonsDisplay();
    }
}
