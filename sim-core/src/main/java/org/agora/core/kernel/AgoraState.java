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
    /** True while {@link #random} is seeded for {@link #runSeed} and has drawn nothing: a start can keep it. */
    private boolean shuffleUnused;

    AgoraState(long runSeed, MasonKernel kernel, RunLifecycle lifecycle) {
        super(new MersenneTwisterFast(RandomStreams.seedFor(runSeed, SHUFFLE_STREAM)), new AgoraSchedule());
        this.runSeed = runSeed;
        this.kernel = kernel;
        this.lifecycle = lifecycle;
        this.shuffleUnused = true;
    }

    /** The run seed (a full 64-bit value; MASON's Console sets it through {@link #setSeed}). */
    public long runSeed() {
        return runSeed;
    }

    /** The kernel of this state. */
    public Kernel kernel() {
        return kernel;
    }

    /** The run seed, in full (MASON's own field keeps only an int). */
    @Override
    public long seed() {
        return runSeed;
    }

    @Override
    public void setSeed(long seed) {
        this.runSeed = seed;
        this.shuffleUnused = false;
    }

    /**
     * What {@link SimState#start()} does, but without priming {@link #random} (1,249 draws): the
     * shuffling generator is seeded from the run seed, once per run, and again only if a restart
     * needs it back at its first draw. Seeding a Mersenne Twister costs microseconds, as much as a
     * short episode of a small society. Agora registers no asynchronous steppables, so there are
     * none to clean up.
     */
    @Override
    public void start() {
        schedule.reset();
        if (!shuffleUnused) {
            random.setSeed(RandomStreams.seedFor(runSeed, SHUFFLE_STREAM));
        }
        shuffleUnused = false;
        kernel.reset(runSeed);
        lifecycle.started(kernel);
    }

    @Override
    public void finish() {
        super.finish();
        lifecycle.finished(kernel);
    }
}
