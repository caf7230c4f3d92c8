package org.agora.core.kernel;

import sim.engine.Schedule;
import sim.engine.SimState;

/**
 * The MASON {@link SimState} of one run. It owns the {@link Schedule}; everything else reaches
 * the schedule through {@link MasonKernel}. MASON's own generator ({@link #random}) is used only
 * by the schedule, to shuffle actions with equal time and ordering; it is seeded from the run
 * seed like every named stream, so a model's draws never disturb the shuffle and vice versa.
 * It is a {@link ShuffleGenerator}: seeded at its first draw, so runs that never shuffle never
 * pay for seeding it.
 */
public final class AgoraState extends SimState {

    private static final long serialVersionUID = 1L;

    /** The stream name that seeds MASON's shuffling generator. */
    public static final String SHUFFLE_STREAM = "kernel.shuffle";

    private final transient MasonKernel kernel;
    private final transient RunLifecycle lifecycle;
    private long runSeed;

    AgoraState(long runSeed, MasonKernel kernel, RunLifecycle lifecycle) {
        super(new ShuffleGenerator(RandomStreams.seedFor(runSeed, SHUFFLE_STREAM)), new AgoraSchedule());
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

    /** The run seed, in full (MASON's own field keeps only an int). */
    @Override
    public long seed() {
        return runSeed;
    }

    @Override
    public void setSeed(long seed) {
        this.runSeed = seed;
    }

    /**
     * What {@link SimState#start()} does, but without priming {@link #random} (1,249 draws), and
     * with the shuffling generator seeded from the run seed only when it first draws. Seeding a
     * Mersenne Twister costs about a microsecond, as much as several months of a small society.
     * Agora registers no asynchronous steppables, so there are none to clean up.
     */
    @Override
    public void start() {
        schedule.reset();
        long shuffleSeed = RandomStreams.seedFor(runSeed, SHUFFLE_STREAM);
        if (random instanceof ShuffleGenerator shuffle) {
            shuffle.deferSeed(shuffleSeed);
        } else {
            random.setSeed(shuffleSeed);
        }
        kernel.reset(runSeed);
        lifecycle.started(kernel);
    }

    /**
     * What {@link SimState#finish()} does (empty and seal the schedule), but without the
     * asynchronous steppables' cleanup, which copies their registry: Agora registers none.
     */
    @Override
    public void finish() {
        schedule.clear();
        schedule.seal();
        lifecycle.finished(kernel);
    }
}
