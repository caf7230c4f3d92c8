package org.agora.core.kernel;

import sim.engine.Schedule;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The {@link Kernel} on MASON: actions go onto the {@link Schedule} of an {@link AgoraState}.
 * A headless run drives it with {@link #start()}, {@link #step()} and {@link #finish()}; MASON's
 * Console drives the same {@link #state()} itself.
 */
public final class MasonKernel implements Kernel {

    /** The ordering of the stop action: after every other action at the stop time. */
    static final int STOP_ORDERING = Integer.MAX_VALUE;

    private final double until;
    private final AgoraState state;
    private final AgoraSchedule schedule;
    private final RandomStreams streams;
    private final Steppable stopAction = ignored -> stop();
    private boolean stopped;

    /**
     * @param seed the run seed
     * @param until the stop time in seconds (positive; {@code Double.POSITIVE_INFINITY} for none)
     * @param lifecycle what to do at start and finish
     */
    public MasonKernel(long seed, double until, RunLifecycle lifecycle) {
        if (!(until > 0)) {
            throw new IllegalArgumentException("stop time must be > 0 s, was " + until);
        }
        this.until = until;
        this.state = new AgoraState(seed, this, lifecycle);
        this.schedule = (AgoraSchedule) state.schedule;
        this.streams = new RandomStreams(seed);
    }

    /**
     * Makes the schedule's timestamp (what MASON's Console shows) count rounds of this many
     * seconds ("month 3" for a month); 0, the default, shows seconds ("4.73 s").
     */
    public void showTimeInRoundsOf(double roundSeconds) {
        schedule.showRoundsOf(roundSeconds);
    }

    /** The MASON state, for MASON's GUI. */
    public AgoraState state() {
        return state;
    }

    /** Resets the kernel to time 0 with fresh streams; called by {@link AgoraState#start()}. */
    void reset(long seed) {
        streams.reset(seed);
        stopped = false;
        if (until != Double.POSITIVE_INFINITY) {
            schedule(until, STOP_ORDERING, stopAction);
        }
    }

    /** Starts the run: time 0, fresh streams, the lifecycle's {@code started}. */
    public void start() {
        state.start();
    }

    /**
     * Executes every action of the next instant.
     *
     * @return false when the run is over (stopped, or no actions left)
     */
    public boolean step() {
        if (stopped) {
            return false;
        }
        return schedule.step(state) && !stopped;
    }

    /** Finishes the run: the lifecycle's {@code finished}. */
    public void finish() {
        state.finish();
    }

    /** The time of the last instant executed, in seconds (0 before any). */
    public double lastInstant() {
        return schedule.lastInstant();
    }

    @Override
    public double now() {
        double t = schedule.timeOnSimulationThread();
        if (t < Schedule.EPOCH) {
            return 0.0;
        }
        return t == Schedule.AFTER_SIMULATION ? schedule.lastInstant() : t;
    }

    @Override
    public double until() {
        return until;
    }

    @Override
    public void at(double time, int ordering, Runnable action) {
        if (!Double.isFinite(time)) {
            throw new IllegalArgumentException("time must be finite, was " + time);
        }
        if (time < now()) {
            throw new IllegalArgumentException("time " + time + " s is before now (" + now() + " s)");
        }
        schedule(time, ordering, s -> action.run());
    }

    @Override
    public Repeating every(double first, double interval, int ordering, Runnable action) {
        if (!(interval > 0) || !Double.isFinite(interval)) {
            throw new IllegalArgumentException("interval must be > 0 s and finite, was " + interval);
        }
        if (!Double.isFinite(first) || first < now()) {
            throw new IllegalArgumentException("first time " + first + " s is before now (" + now() + " s)");
        }
        Repeat repeat = new Repeat(first, interval, ordering, action);
        schedule(first, ordering, repeat);
        return repeat;
    }

    @Override
    public RandomStream random(String name) {
        return streams.stream(name);
    }

    @Override
    public void stop() {
        if (!stopped) {
            stopped = true;
            schedule.clear();
            schedule.seal();
        }
    }

    @Override
    public boolean stopped() {
        return stopped;
    }

    private void schedule(double time, int ordering, Steppable steppable) {
        if (stopped || time > until) {
            return;
        }
        if (!schedule.scheduleOnce(time, ordering, steppable)) {
            throw new IllegalStateException("the schedule refused an action at " + time + " s");
        }
    }

    /** A repeating action whose k-th run is at first + k·interval. */
    private final class Repeat implements Steppable, Repeating {
        private static final long serialVersionUID = 1L;
        private final double first;
        private final double interval;
        private final int ordering;
        private final transient Runnable action;
        private long runs;
        private boolean cancelled;

        Repeat(double first, double interval, int ordering, Runnable action) {
            this.first = first;
            this.interval = interval;
            this.ordering = ordering;
            this.action = action;
        }

        @Override
        public void step(SimState ignored) {
            if (cancelled) {
                return;
            }
            action.run();
            runs++;
            if (!cancelled) {
                schedule(first + runs * interval, ordering, this);
            }
        }

        @Override
        public void cancel() {
            cancelled = true;
        }

        @Override
        public long runs() {
            return runs;
        }
    }
}
