package org.agora.viz.gui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.agora.core.event.Event;
import org.agora.core.run.HeadlessRun;
import org.agora.core.run.RunStatus;
import org.agora.core.run.SummaryFile;
import org.agora.core.run.Simulation;
import org.agora.core.scenario.ScenarioSpec;
import org.agora.core.sink.EventSink;
import org.agora.core.sink.FilteredSink;
import org.agora.core.sink.JsonLinesSink;

/**
 * The run a GUI shows: its scenario, its {@link Simulation}, and the sinks each start opens — the
 * feed of the displays and live charts and, with an output folder, a run directory of its own for
 * every start (play), holding the events file (kept as a headless run keeps it, with the scenario's
 * output filters), the manifest and, when the run reached its end, the summary. A run stopped from
 * the Console before its end is marked interrupted and has no summary, so that no directory mixes
 * two runs or passes a partial run off as a whole one. The simulation is built anew when
 * the Console's seed differs from the scenario's, so that the run's id and its
 * {@code RunStarted} name the seed that is really used.
 *
 * <p>Threading: the Swing thread (start and stop come from the Console); the sinks are used by the
 * simulation thread.
 */
final class DisplayedRun {

    private final Path out;
    private Path runDirectory;
    private Instant startedAt;
    private ScenarioSpec spec;
    private Simulation simulation;
    private Consumer<Event> feed = event -> { };

    /**
     * @param spec what to run
     * @param out the folder in which each start makes its run directory; null for nowhere
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

    /** The run directory of the current (or last) start; null before the first or without an output folder. */
    Path runDirectory() {
        return runDirectory;
    }

    private List<EventSink> openSinks() {
        List<EventSink> sinks = new ArrayList<>();
        if (out != null) {
            runDirectory = nextRunDirectory();
            startedAt = Instant.now();
            if (spec.outputs().events()) {
                sinks.add(FilteredSink.of(new JsonLinesSink(runDirectory.resolve(HeadlessRun.EVENTS_FILE)),
                        spec.outputs().filter().copy()));
            }
        }
        sinks.add(new FeedSink(feed));
        return sinks;
    }

    /** A new directory under the output folder: the entry, the seed and the number of the play. */
    private Path nextRunDirectory() {
        try {
            Files.createDirectories(out);
            for (int play = 1;; play++) {
                Path candidate = out.resolve(spec.name() + "-s" + spec.seed() + "-play" + play);
                if (!Files.exists(candidate)) {
                    return Files.createDirectory(candidate);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a run directory in " + out, e);
        }
    }

    /** After a start: the manifest says the run is going on. */
    void started() {
        if (runDirectory != null) {
            HeadlessRun.writeManifest(runDirectory, spec, simulation, startedAt, null, null, RunStatus.RUNNING, null);
        }
    }

    /**
     * After a finish (the sinks are closed): a run that reached its end gets its summary and a
     * manifest that says done; one stopped from the Console is marked interrupted, without a summary.
     *
     * @param completed whether the run reached its end (the schedule was exhausted) rather than being stopped
     */
    void finished(boolean completed) {
        if (runDirectory == null || startedAt == null) {
            return;
        }
        Instant ended = Instant.now();
        double wall = (ended.toEpochMilli() - startedAt.toEpochMilli()) / 1000.0;
        if (completed && simulation.summary() != null) {
            SummaryFile.write(runDirectory.resolve(HeadlessRun.SUMMARY_FILE), simulation.summary(), spec.scenario().metrics());
            HeadlessRun.writeManifest(runDirectory, spec, simulation, startedAt, ended, wall, RunStatus.DONE, null);
        } else {
            HeadlessRun.writeManifest(runDirectory, spec, simulation, startedAt, ended, wall, RunStatus.INTERRUPTED,
                    "stopped from the Console at " + simulation.kernel().lastInstant() + " s of " + spec.until() + " s");
        }
        startedAt = null;
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
