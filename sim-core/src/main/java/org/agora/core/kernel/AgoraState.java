package org.agora.core.kernel;

import ec.util.MersenneTwisterFast;
import sim.engine.Schedule;
import sim.engine.SimState;

/**
 * The MASON {@link SimState} of one run. It owns the {@link Schedule}; everything else reaches
 * the schedule through {@link MasonKernel}. MASON's own generator ({@link #random}) is used only
 * by the schedule, to shuffle actions with equal time and ordering; it is seeded from the run
 * seed like every named stream, so a model's draws never disturb the shuffle and vice versa.
 */
public final class AgoraState extends SimState {

    private static final long serialVersionUID = 1L;

    /** The stream name that seeds MASON's shuffling generator. */
    public static final String SHUFFLE_STREAM = "kernel.shuffle";

    private final transient MasonKernel kernel;
    private final transient RunLifecycle lifecycle;
    private long runSeed;

    AgoraState(long runSeed, MasonKernel kernel, RunLifecycle lifecycle) {
        super(runSeed, new AgoraSchedule());
        this.runSeed = runSeed;
        this.kernel = kernel;
        this.lifecycle = lifecycle;
    }

    /** The run seed (a full 64-bit value; MASON's Console sets it through {@link #setSeed}). */
    public long runSeed() {
        return runSeed;
    }

    /** The kernel of this state. */
    public Kernel kernel() {
        return kernel;
    }

    @Override
    public void setSeed(long seed) {
        super.setSeed(seed);
        this.runSeed = seed;
    }

    /**
     * What {@link SimState#start()} does, but for priming {@link #random} (1,249 draws, several
     * microseconds), which would be wasted: the shuffling generator is replaced right away. Agora
     * registers no asynchronous steppables, so there are none to clean up.
     */
    @Override
    public void start() {
        schedule.reset();
        random = new MersenneTwisterFast(RandomStreams.seedFor(runSeed, SHUFFLE_STREAM));
        kernel.reset(runSeed);
        lifecycle.started(kernel);
    }

    @Override
    public void finish() {
        super.finish();
        lifecycle.finished(kernel);
    }
}
