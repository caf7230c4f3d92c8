package org.agora.core.kernel;

import sim.engine.Schedule;

/**
 * MASON's {@link Schedule}, unchanged but for one read: the current time without taking the
 * schedule's lock. Only the simulation thread calls it, and that thread is the one that
 * writes the time, so the lock buys nothing there and would cost every stamped event.
 */
final class AgoraSchedule extends Schedule {

    private static final long serialVersionUID = 1L;

    /** The schedule's time, read on the simulation thread. */
    double timeOnSimulationThread() {
        return time;
    }
}
