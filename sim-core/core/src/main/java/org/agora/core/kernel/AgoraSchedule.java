package org.agora.core.kernel;

import sim.engine.Schedule;
import sim.engine.SimState;
import sim.engine.Steppable;
import sim.util.Heap;

/**
 * MASON's {@link Schedule}, unchanged but for two reads and one write that skip the schedule's
 * lock. The reads: the current time (only the simulation thread calls it, and that thread is the
 * one that writes the time, so the lock buys nothing there and would cost every stamped event),
 * and the time of the last instant executed, kept by the schedule itself so that it is right
 * whether the headless loop or MASON's Console steps the run. The write:
 * {@link #scheduleOnce(double, int, Steppable)}, MASON's own insertion into MASON's own queue,
 * without the lock: the kernel schedules only on the simulation thread (from the model's start
 * and from actions), and no other thread touches the queue meanwhile (MASON's Console resets and
 * clears the schedule only while the run is not stepping). Even uncontended, the lock is an
 * atomic instruction per scheduled action.
 */
final class AgoraSchedule extends Schedule {

    private static final long serialVersionUID = 1L;

    private double lastInstant;
    /**
     * The key of the last insertion, given again to the next insertion with the same time and
     * ordering. A key is never changed once made (only MASON's own repeating actions change theirs,
     * and Agora never asks MASON to repeat), and the queue orders by a key's time and ordering,
     * never by its identity, so sharing it changes nothing but allocation: the agents of a model
     * that all act again one interval later share one key instead of each allocating one per step,
     * and the queue's comparisons read one key instead of thousands scattered in memory.
     */
    private transient Key lastKey;
    /** The length of a round in seconds, to show the time as "month 3"; 0 to show seconds. */
    private double roundLength;

    /** Shows the time by rounds of this many seconds (a month as "month N"); 0 shows seconds. */
    void showRoundsOf(double seconds) {
        this.roundLength = seconds;
    }

    /**
     * The time as MASON's Console shows it: "month 3" (the month being played) in the monthly
     * societies, "round 3" in other round-based scenarios, else seconds with two decimals
     * ("4.73 s") instead of MASON's raw double (4.733333333333333).
     */
    @Override
    public String getTimestamp(double when, String beforeSimulation, String afterSimulation) {
        if (when < EPOCH) {
            return beforeSimulation;
        }
        if (when >= AFTER_SIMULATION) {
            return afterSimulation;
        }
        if (roundLength > 0) {
            long round = (long) Math.floor(when / roundLength + 1e-9) + 1;
            return (roundLength == org.agora.core.config.SimTime.MONTH ? "month " : "round ") + round;
        }
        return String.format(java.util.Locale.ROOT, "%.2f s", when);
    }

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

    /**
     * MASON's {@code scheduleOnce(time, ordering, event)} without the lock (see the class
     * comment): the same checks, the same bump of a time equal to now to the next representable
     * time, the same key into the same queue.
     */
    @Override
    public boolean scheduleOnce(double when, int ordering, Steppable event) {
        double t = when;
        if (t == time && t != AFTER_SIMULATION) {
            t = Math.nextUp(t);
        }
        if (sealed || t >= AFTER_SIMULATION) {
            return false;
        }
        if (t < EPOCH || t != t || t < time) {
            throw new IllegalArgumentException("For the Steppable " + event + " the time provided (" + t
                    + ") is NaN, before the epoch or before the current time (" + time + ")");
        }
        if (event == null) {
            throw new IllegalArgumentException("The provided Steppable is null");
        }
        queue.add(event, keyAt(t, ordering));
        return true;
    }

    /** A key for this time and ordering: the last one made if it matches (bit for bit, so -0.0 stays -0.0). */
    private Key keyAt(double t, int ordering) {
        Key key = lastKey;
        if (key == null || key.getOrdering() != ordering
                || Double.doubleToRawLongBits(key.getTime()) != Double.doubleToRawLongBits(t)) {
            key = new Key(t, ordering);
            lastKey = key;
        }
        return key;
    }

    /**
     * The queue, emptied, instead of a new one: MASON makes a new queue at every reset and clear
     * (two or three times a run), and a restarted run would otherwise grow its arrays again each
     * time. Called with the lock held (or from the constructor, when there is no queue yet).
     */
    @Override
    protected Heap createHeap() {
        if (queue == null) {
            return super.createHeap();
        }
        queue.clear();
        return queue;
    }

    /**
     * MASON's step (synchronized on the schedule, as MASON's Console expects), then the instant's
     * time noted; not synchronized again here: the note is read on the simulation thread only, and
     * entering the monitor twice costs every instant.
     */
    @Override
    public boolean step(SimState state) {
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
