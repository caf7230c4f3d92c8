package org.agora.core.run;

import org.agora.core.event.Event;
import org.agora.core.scenario.ScenarioSpec;
import org.agora.core.sink.EventJsonCodec;
import org.agora.core.sink.EventSink;

/**
 * What a run of a scenario will write, estimated by running it for a moment: the model itself
 * says how many events it publishes per simulated second (one rule: no separate guess of each
 * model's rates), and the estimate extrapolates that rate to the run's stop time. The probe stops
 * after {@value #PROBE_EVENTS} events or {@value #PROBE_MILLIS} ms, whichever comes first; a run
 * that ends within it is counted exactly. Rates that change over a run (a society that collapses,
 * traffic that builds up) make it an estimate, not a bound.
 *
 * @param events the expected events of a whole run
 * @param bytes the expected size of its events.jsonl (every event, before any outputs filter)
 * @param exact whether the probe ran the whole run
 */
public record RunEstimate(long events, long bytes, boolean exact) {

    static final long PROBE_EVENTS = 200_000;
    static final long PROBE_MILLIS = 2_000;

    /**
     * Runs {@code spec} for a moment without writing anything and extrapolates; empty when the
     * probe ended before any simulated time passed (a model slow to start), since no rate can be
     * read from that.
     */
    public static java.util.Optional<RunEstimate> of(ScenarioSpec spec) {
        Probe probe = new Probe();
        Simulation simulation = Simulation.of(spec, probe);
        long deadline = System.nanoTime() + PROBE_MILLIS * 1_000_000L;
        boolean ended;
        try {
            simulation.start();
            boolean more = true;
            while (more && probe.events < PROBE_EVENTS && System.nanoTime() < deadline) {
                more = simulation.step();
            }
            ended = !more;
        } finally {
            simulation.abandon(new InterruptedException("estimate taken"));
        }
        double reached = simulation.kernel().lastInstant();
        if (ended || reached >= spec.until()) {
            return java.util.Optional.of(new RunEstimate(probe.events, probe.bytes, true));
        }
        if (reached <= 0) {
            return java.util.Optional.empty();
        }
        double scale = spec.until() / reached;
        return java.util.Optional.of(new RunEstimate(saturated(probe.events * scale), saturated(probe.bytes * scale), false));
    }

    private static long saturated(double value) {
        return value >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) Math.ceil(value);
    }

    /** Counts events and their encoded bytes. */
    private static final class Probe implements EventSink {
        private final EventJsonCodec.Encoder encoder = EventJsonCodec.encoder();
        private long events;
        private long bytes;

        @Override
        public void accept(Event event) {
            events++;
            bytes += encoder.encode(event).length + 1;
        }

        @Override
        public long written() {
            return events;
        }
    }
}
