package org.agora.viz.testing;

import java.util.List;
import java.util.function.Predicate;
import org.agora.core.event.Event;
import org.agora.core.run.Simulation;
import org.agora.core.scenario.ScenarioSpec;
import org.agora.core.sink.MemorySink;

/**
 * Chooses a test's seed by what a headless run with it does, instead of counting on what one seed
 * happened to do once (a change of random generator changes every seed's draws). The runs are
 * quick and in memory; a displayed run with the chosen seed publishes the same events, so the test
 * can count on them.
 */
public final class Seeds {

    /** The seeds tried, in order. */
    public static final long FIRST = 1;
    public static final long LAST = 50;

    private Seeds() {
    }

    /** A seed and the events its headless run published. */
    public record Chosen(long seed, List<Event> events) {

        /** The first event of the run that {@code wanted} accepts. */
        public Event first(Predicate<Event> wanted) {
            return events.stream().filter(wanted).findFirst().orElseThrow();
        }
    }

    /**
     * The first seed whose headless run of {@code spec} (to its own end: use
     * {@code withUntil} for "within the first N seconds") publishes an event {@code wanted} accepts;
     * the run stops at that event.
     *
     * @param what what is looked for, for the failure's message
     * @throws AssertionError if no seed from {@link #FIRST} to {@link #LAST} does
     */
    public static Chosen withEvent(ScenarioSpec spec, Predicate<Event> wanted, String what) {
        for (long seed = FIRST; seed <= LAST; seed++) {
            MemorySink sink = new MemorySink();
            Simulation simulation = Simulation.of(spec.withSeed(seed), sink);
            simulation.start();
            boolean found = false;
            boolean more = true;
            int seen = 0;
            while (!found && more) {
                more = simulation.step();
                List<Event> events = sink.events();
                found = events.subList(seen, events.size()).stream().anyMatch(wanted);
                seen = events.size();
            }
            simulation.finish();
            if (found) {
                return new Chosen(seed, List.copyOf(sink.events()));
            }
        }
        throw new AssertionError("no seed from " + FIRST + " to " + LAST + " of " + spec.name() + " gives " + what);
    }

    /**
     * The first seed whose whole headless run of {@code spec} satisfies {@code wanted}.
     *
     * @param what what is looked for, for the failure's message
     * @throws AssertionError if no seed from {@link #FIRST} to {@link #LAST} does
     */
    public static Chosen withRun(ScenarioSpec spec, Predicate<List<Event>> wanted, String what) {
        for (long seed = FIRST; seed <= LAST; seed++) {
            MemorySink sink = new MemorySink();
            Simulation.of(spec.withSeed(seed), sink).runToEnd();
            if (wanted.test(sink.events())) {
                return new Chosen(seed, List.copyOf(sink.events()));
            }
        }
        throw new AssertionError("no seed from " + FIRST + " to " + LAST + " of " + spec.name() + " gives " + what);
    }
}
