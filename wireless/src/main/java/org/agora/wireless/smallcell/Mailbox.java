package org.agora.wireless.smallcell;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.agora.core.kernel.Kernel;

/**
 * Messages and timers of a small-cell run (market messages, handover steps, ends of blockages):
 * each runs at its time, in the order it was posted among those due at the same time, before
 * the measurement step of that instant. One kernel action per distinct time, so MASON never
 * has to shuffle two of them. Not thread-safe: it belongs to the simulation thread.
 */
final class Mailbox {

    private final Kernel kernel;
    private final int ordering;
    private final TreeMap<Double, List<Runnable>> due = new TreeMap<>();

    Mailbox(Kernel kernel, int ordering) {
        this.kernel = kernel;
        this.ordering = ordering;
    }

    /** Runs {@code action} {@code delayS} seconds from now; at once if the delay is 0. */
    void post(double delayS, Runnable action) {
        if (delayS <= 0) {
            action.run();
            return;
        }
        double time = kernel.now() + delayS;
        List<Runnable> actions = due.get(time);
        if (actions == null) {
            actions = new ArrayList<>(2);
            due.put(time, actions);
            kernel.at(time, ordering, () -> deliver(time));
        }
        actions.add(action);
    }

    private void deliver(double time) {
        List<Runnable> actions = due.remove(time);
        for (int i = 0; i < actions.size(); i++) {
            actions.get(i).run();
        }
    }
}
