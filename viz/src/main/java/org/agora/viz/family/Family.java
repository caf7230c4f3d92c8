package org.agora.viz.family;

import org.agora.viz.chart.EventCharts;

/**
 * What the viz module knows of a scenario family (the merge, the commons, the small cells): the
 * charts computed from its events, and its display in the GUI. Found through
 * {@link java.util.ServiceLoader} (register in {@code META-INF/services/org.agora.viz.family.Family});
 * {@link Families} picks the one covering a scenario id.
 */
public interface Family {

    /** A short name, for titles: "merge", "commons", "small cells". */
    String name();

    /** Whether this family draws the scenario with this id. */
    boolean covers(String scenarioId);

    /** Fresh charts for one run (headless: also used by {@code agora analyze}). */
    EventCharts charts();

    /** A fresh display for the GUI (never called headless). */
    FamilyDisplay display();

    /**
     * The Console's delay between two steps when the GUI opens, so that play is watchable: a
     * month a second for the societies, about real time for the road and the city. The Console's
     * delay slider changes it. 0 (the default): as fast as the computer goes.
     */
    default long stepDelayMillis() {
        return 0;
    }
}
