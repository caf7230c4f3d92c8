package org.agora.viz.family;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import org.agora.viz.chart.EventCharts;
import org.agora.viz.chart.EventCountCharts;

/** The installed families, and the one that covers a scenario. */
public final class Families {

    /** For scenarios of no family: events by type, no display. */
    public static final Family ANY = new Family() {
        @Override
        public String name() {
            return "events";
        }

        @Override
        public boolean covers(String scenarioId) {
            return true;
        }

        @Override
        public EventCharts charts() {
            return new EventCountCharts();
        }

        @Override
        public FamilyDisplay display() {
            return FamilyDisplay.NONE;
        }
    };

    private Families() {
    }

    /** The installed families, in the order the service files list them. */
    public static List<Family> installed() {
        List<Family> found = new ArrayList<>();
        ServiceLoader.load(Family.class).forEach(found::add);
        return found;
    }

    /** The family covering the scenario, or {@link #ANY}. */
    public static Family of(String scenarioId) {
        for (Family family : installed()) {
            if (family.covers(scenarioId)) {
                return family;
            }
        }
        return ANY;
    }
}
