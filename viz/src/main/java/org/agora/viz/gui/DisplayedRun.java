package org.agora.viz.gui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.agora.core.event.Event;
import org.agora.core.run.HeadlessRun;
import org.agora.core.run.SummaryFile;
import org.agora.core.run.Simulation;
import org.agora.core.scenario.ScenarioSpec;
import org.agora.core.sink.EventSink;
import org.agora.core.sink.FilteredSink;
import org.agora.core.sink.JsonLinesSink;

/**
 * The run a GUI shows: its scenario, its {@link Simulation}, and the sinks each start opens — the
 * feed of the displays and live charts and, with an output directory, the events file (kept as a
 * headless run keeps it, with the scenario's output filters). The simulation is built anew when
 * the Console's seed differs from the scenario's, so that the run's id and its
 * {@code RunStarted} name the seed that is really used.
 *
 * <p>Threading: the Swing thread (start and stop come from the Console); the sinks are used by the
 * simulation thread.
 */
final class DisplayedRun {

    private final Path out;
    private ScenarioSpec spec;
    private Simulation simulation;
    private Consumer<Event> feed = event -> { };

    /**
     * @param spec what to run
     * @param out where each start writes {@code events.jsonl} and each finish {@code summary.json}; null for nowhere
     */
    DisplayedRun(ScenarioSpec spec, Path out) {
        this.spec = spec;
        this.out = out;
        this.simulation = new Simulation(spec, this::openSinks);
    }

    ScenarioSpec spec() {
        return spec;
    }

    Simulation simulation() {
        return simulation;
    }

    /**
     * Makes the run use the seed the Console asks for. MASON's Console keeps seeds as 32-bit values:
     * a console seed equal to the scenario's seed cut to 32 bits means the scenario's own seed.
     *
     * @return true if the simulation (and so its MASON state) was replaced
     */
    boolean useSeed(long consoleSeed) {
        if (consoleSeed == spec.seed() || consoleSeed == (long) (int) spec.seed()) {
            simulation.state().setSeed(spec.seed());
            return false;
        }
        spec = spec.withSeed(consoleSeed);
        simulation = new Simulation(spec, this::openSinks);
        return true;
    }

    /** Where the events of the next start go, besides the events file. */
    void feedTo(Consumer<Event> consumer) {
        this.feed = consumer;
    }

    private List<EventSink> openSinks() {
        List<EventSink> sinks = new ArrayList<>();
        if (out != null) {
            try {
                Files.createDirectories(out);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create " + out, e);
            }
            if (spec.outputs().events()) {
                sinks.add(FilteredSink.of(new JsonLinesSink(out.resolve(HeadlessRun.EVENTS_FILE)),
                        spec.outputs().filter().copy()));
            }
        }
        sinks.add(new FeedSink(feed));
        return sinks;
    }

    /** After a finish: the summary beside the events file, if there is an output directory. */
    void writeSummary() {
        if (out != null && simulation.summary() != null) {
            SummaryFile.write(out.resolve(HeadlessRun.SUMMARY_FILE), simulation.summary(), spec.scenario().metrics());
        }
    }

    /** Hands every event to a consumer (the displays and the live charts). */
    private static final class FeedSink implements EventSink {
        private final Consumer<Event> consumer;
        private long written;

        FeedSink(Consumer<Event> consumer) {
            this.consumer = consumer;
        }

        @Override
        public void accept(Event event) {
            consumer.accept(event);
            written++;
        }

        @Override
        public long written() {
            return written;
        }

        @Override
        public String name() {
            return "display";
        }
    }
}
