package org.agora.core.kernel;

import java.util.List;

/**
 * The clock and the agenda of one run: schedules actions in simulation time on MASON's
 * {@link sim.engine.Schedule}.
 *
 * <p>Time is in seconds from the start of the run. Within one instant, actions run in
 * ascending {@code ordering}; actions with the same time and ordering run in an order
 * shuffled by a seeded generator of their own (MASON's rule), so orderings are how a model
 * expresses phases (harvest before allocation, sensing before acting).
 *
 * <p>An action scheduled for the current instant runs at the next representable time after
 * it (MASON bumps it by one ulp), never inside the instant being executed; models express
 * "later in this instant" with a larger ordering scheduled ahead of time.
 *
 * <p>Threading: a kernel belongs to its run's simulation thread. Call it only from the
 * model's start and from scheduled actions.
 */
public interface Kernel {

    /** The current simulation time in seconds; 0 before the first action runs. */
    double now();

    /** The stop time in seconds: actions scheduled after it never run. */
    double until();

    /**
     * Runs {@code action} once at absolute time {@code time} (seconds).
     *
     * @throws IllegalArgumentException if {@code time} is before {@link #now()} or not finite
     */
    void at(double time, int ordering, Runnable action);

    /** Runs {@code action} once, {@code delay} seconds from now ({@code delay} &ge; 0). */
    default void after(double delay, int ordering, Runnable action) {
        if (!(delay >= 0)) {
            throw new IllegalArgumentException("delay must be >= 0 s, was " + delay);
        }
        at(now() + delay, ordering, action);
    }

    /**
     * Runs {@code action} at {@code first}, {@code first + interval}, {@code first + 2·interval},
     * … (seconds) until cancelled or the run stops. The k-th time is computed as
     * {@code first + k·interval}, so repeated additions never accumulate rounding error.
     */
    Repeating every(double first, double interval, int ordering, Runnable action);

    /**
     * Runs {@code phases} one after the other, in the order given, at {@code first},
     * {@code first + interval}, … (seconds), as {@link #every} runs one action: one entry in the
     * schedule per instant, MASON's {@code Sequence} idiom. A model whose steps always come in the
     * same order (observe, decide, act, learn) pays one scheduled entry per instant instead of one
     * per phase. Anything else scheduled at that instant runs before all the phases (a smaller
     * {@code ordering}) or after all of them (a larger one). If a phase stops the run, the later
     * phases of the instant still run (they were due, see {@link #stop()}).
     */
    default Repeating everyInPhases(double first, double interval, int ordering, List<Runnable> phases) {
        Runnable[] inOrder = phases.toArray(Runnable[]::new);
        return every(first, interval, ordering, () -> {
            for (Runnable phase : inOrder) {
                phase.run();
            }
        });
    }

    /** Phases as an enum: {@code at(t, Phase.HARVEST, …)} uses the constant's ordinal as ordering. */
    default void at(double time, Enum<?> phase, Runnable action) {
        at(time, phase.ordinal(), action);
    }

    /** See {@link #after(double, int, Runnable)}; the enum constant's ordinal is the ordering. */
    default void after(double delay, Enum<?> phase, Runnable action) {
        after(delay, phase.ordinal(), action);
    }

    /** See {@link #every(double, double, int, Runnable)}; the enum constant's ordinal is the ordering. */
    default Repeating every(double first, double interval, Enum<?> phase, Runnable action) {
        return every(first, interval, phase.ordinal(), action);
    }

    /**
     * The random stream called {@code name}, seeded from the run's seed and the name alone:
     * adding a stream, or drawing more from one, never changes what another stream draws.
     */
    RandomStream random(String name);

    /**
     * Ends the run after the current instant: the actions already due at this instant still run,
     * nothing later does.
     */
    void stop();

    /** True once {@link #stop()} was called or the stop time was reached. */
    boolean stopped();
}
