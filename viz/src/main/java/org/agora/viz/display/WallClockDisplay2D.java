package org.agora.viz.display;

import sim.display.Display2D;
import sim.display.GUIState;

/**
 * A MASON {@link Display2D} that redraws at most every {@link #FRAME_MILLIS} of wall-clock time
 * rather than after every instant, so that a model with fine time steps (the small cells measure
 * every 10 ms) runs at the speed of its computation, not of its drawing. The display's own menu
 * can still change the rule. Pausing or stopping shows the current state.
 */
public final class WallClockDisplay2D extends Display2D {

    private static final long serialVersionUID = 1L;

    /** At most 25 frames a second. */
    public static final long FRAME_MILLIS = 40;

    /**
     * @param width pixels
     * @param height pixels
     */
    public WallClockDisplay2D(double width, double height, GUIState gui) {
        super(width, height, gui);
        updateRule = UPDATE_RULE_WALLCLOCK_TIME;
        wallInterval = FRAME_MILLIS;
    }
}
