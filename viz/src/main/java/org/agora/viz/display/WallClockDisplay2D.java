package org.agora.viz.display;

import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.geom.Rectangle2D;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import sim.display.Display2D;
import sim.display.GUIState;

/**
 * A MASON {@link Display2D} that redraws at most every {@link #FRAME_MILLIS} of wall-clock time
 * rather than after every instant, so that a model with fine time steps (the small cells measure
 * every 10 ms) runs at the speed of its computation, not of its drawing. The display's own menu
 * can still change the rule.
 *
 * <p>The throttle never drops the last state: an instant the rule declines to draw is drawn
 * {@link #FRAME_MILLIS} later unless a redraw came in between, so when the run stops, pauses or
 * ends (or steps slowly) the display shows the last instant executed. (MASON's Console redraws its
 * displays when it pauses and after a step, but not when a run ends.)
 *
 * <p>Threading: {@link #shouldUpdate()} is asked by the simulation thread after each instant; the
 * catch-up redraw is requested on the Swing thread and paints, as every redraw, under the
 * schedule's lock.
 */
public final class WallClockDisplay2D extends Display2D {

    private static final long serialVersionUID = 1L;

    /** At most 25 frames a second. */
    public static final long FRAME_MILLIS = 40;

    /** Whether an instant was left undrawn and the catch-up redraw is due. */
    private final AtomicBoolean behind = new AtomicBoolean();
    private final transient Timer catchUp;

    private final GUIState gui;

    /**
     * @param width pixels
     * @param height pixels
     */
    public WallClockDisplay2D(double width, double height, GUIState gui) {
        super(width, height, gui);
        this.gui = gui;
        updateRule = UPDATE_RULE_WALLCLOCK_TIME;
        wallInterval = FRAME_MILLIS;
        catchUp = new Timer((int) FRAME_MILLIS, event -> {
            // cleared before the repaint is asked for: an instant executed after this is drawn by it or by the next catch-up
            behind.set(false);
            insideDisplay.repaint();
        });
        catchUp.setRepeats(false);
    }

    /**
     * Opens the inspectors of what lies under a single click (MASON's own display wants a double
     * click). Call on the event dispatch thread, once.
     */
    public void inspectOnClick() {
        insideDisplay.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                if (e.getClickCount() == 1) {
                    createInspectors(new Rectangle2D.Double(e.getX(), e.getY(), 1, 1), gui);
                }
            }
        });
    }

    /** MASON's rule; when it declines to redraw now (and the rule is not "never"), a redraw follows shortly. */
    @Override
    public boolean shouldUpdate() {
        boolean now = super.shouldUpdate();
        if (!now && updateRule != UPDATE_RULE_NEVER && behind.compareAndSet(false, true)) {
            SwingUtilities.invokeLater(catchUp::restart);
        }
        return now;
    }
}
