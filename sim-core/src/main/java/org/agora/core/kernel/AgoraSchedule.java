package org.agora.core.kernel;

import sim.engine.Schedule;
import sim.engine.SimState;

/**
 * MASON's {@link Schedule}, unchanged but for two reads: the current time without taking the
 * schedule's lock (only the simulation thread calls it, and that thread is the one that writes
 * the time, so the lock buys nothing there and would cost every stamped event), and the time of
 * the last instant executed, kept by the schedule itself so that it is right whether the
 * headless loop or MASON's Console steps the run.
 */
final class AgoraSchedule extends Schedule {

    private static final long serialVersionUID = 1L;

    private double lastInstant;

    /** The schedule's time, read on the simulation thread. */
    double timeOnSimulationThread() {
        return time;
    }

    /**
     * The time of the last instant executed, in seconds (0 before any), whoever stepped the
     * schedule: the headless loop or MASON's Console.
     */
    double lastInstant() {
        return lastInstant;
    }

    @Override
    public synchronized boolean step(SimState state) {
        boolean stepped = super.step(state);
        if (stepped) {
            lastInstant = time;
        }
        return stepped;
    }

    @Override
    public synchronized void reset() {
        super.reset();
        lastInstant = 0;
    }
}
