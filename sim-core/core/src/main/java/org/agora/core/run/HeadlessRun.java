package org.agora.core.run;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.agora.core.config.BadInputException;
import org.agora.core.scenario.ScenarioSpec;
import org.agora.core.sink.EventSink;
import org.agora.core.sink.FilteredSink;
import org.agora.core.sink.JsonLinesSink;

/**
 * One run without a display, into a run directory: {@code events.jsonl} (unless the scenario's
 * outputs turn it off), {@code summary.json} (the scenario's metrics, when the run is done) and
 * {@code manifest.json} (written as "running" at the start and rewritten at the end with the
 * status, the counts and, on failure, the reason). On failure every sink is flushed and closed
 * first, and the stack trace goes to {@code error.log}.
 *
 * <p>Threading: {@link #execute()} runs the simulation on the calling thread;
 * {@link #requestStop()} may be called from any thread (a signal handler, a sweep).
 */
public final class HeadlessRun {

    public static final String EVENTS_FILE = "events.jsonl";
    public static final String SUMMARY_FILE = "summary.json";
    public static final String MANIFEST_FILE = "manifest.json";
    public static final String ERROR_LOG = "error.log";

    private static final long PROGRESS_INTERVAL_NANOS = 200_000_000L;

    private final ScenarioSpec spec;
    private final Path directory;
    private final List<SinkOpener> extraSinks = new ArrayList<>();
    private RunProgress progress = RunProgress.NONE;
    private volatile boolean stopRequested;

    /**
     * @param spec what to run
     * @param directory the run directory, created if absent; files of an earlier run there are replaced
     */
    public HeadlessRun(ScenarioSpec spec, Path directory) {
        this.spec = spec;
        this.directory = directory;
    }

    /** Adds a sink beside the events file (for example Kafka). */
    public HeadlessRun withSink(SinkOpener opener) {
        extraSinks.add(opener);
        return this;
    }

    /** Reports progress to {@code listener}. */
    public HeadlessRun withProgress(RunProgress listener) {
        this.progress = listener;
        return this;
    }

    /** Asks the run to stop after the current instant, as interrupted. Thread-safe. */
    public void requestStop() {
        stopRequested = true;
    }

    /**
     * Runs to the end and writes the run directory.
     *
     * @throws BadInputException if a sink's settings are wrong or the directory cannot be made;
     *     nothing is left behind then
     */
    public RunResult execute() {
        spec.check();
        List<EventSink> sinks = new ArrayList<>();
        try {
            for (SinkOpener opener : extraSinks) {
                sinks.add(opener.open(spec, directory));
            }
            OutputDirectory.create(directory, "--out");
        } catch (RuntimeException e) {
            sinks.forEach(EventSink::close);
            throw e;
        }
        if (spec.outputs().events()) {
            sinks.add(0, FilteredSink.of(new JsonLinesSink(directory.resolve(EVENTS_FILE)), spec.outputs().filter().copy()));
        }
        Instant started = Instant.now();
        long startNanos = System.nanoTime();
        Simulation simulation = Simulation.of(spec, sinks.toArray(EventSink[]::new)).writingFilesTo(directory);
        try {
            writeManifest(simulation, started, null, null, RunStatus.RUNNING, null);
        } catch (UncheckedIOException e) {
            sinks.forEach(EventSink::close);
            throw BadInputException.at("--out", 0, null, "cannot write in the directory " + directory + " ("
                    + IoFailure.cause(e.getCause()) + ")");
        }

        RunStatus status = RunStatus.DONE;
        String reason = null;
        Throwable failure = null;
        Map<String, Object> summary = null;
        try {
            simulate(simulation);
            if (stopRequested) {
                status = RunStatus.INTERRUPTED;
                reason = "interrupted at " + simulation.kernel().lastInstant() + " s of " + spec.until() + " s";
                simulation.abandon(new InterruptedException());
            } else {
                simulation.finish();
                reason = undelivered(sinks);
                if (reason != null) {
                    status = RunStatus.FAILED;
                } else {
                    summary = simulation.summary();
                    SummaryFile.write(directory.resolve(SUMMARY_FILE), summary, spec.scenario().metrics());
                }
            }
        } catch (RuntimeException | Error e) {
            status = RunStatus.FAILED;
            failure = e;
            summary = null;
            simulation.abandon(e);
            String fullDisk = IoFailure.fullDisk(e, directory);
            reason = fullDisk == null ? describe(e) : fullDisk + "; " + whereEventsAre(simulation, sinks);
        } finally {
            progress.ended();
        }
        double wallSeconds = (System.nanoTime() - startNanos) / 1e9;
        RunManifest manifest;
        try {
            manifest = writeManifest(simulation, started, Instant.now(), wallSeconds, status, reason);
        } catch (UncheckedIOException e) {
            status = RunStatus.FAILED;
            reason = (reason == null ? "" : reason + "; ") + "manifest.json could not be written ("
                    + IoFailure.cause(e.getCause()) + ") and may still say running";
            manifest = manifest(simulation, started, Instant.now(), wallSeconds, status, reason, List.of());
        }
        if (failure != null) {
            writeErrorLog(failure);
        }
        return new RunResult(status, reason, summary, manifest, directory);
    }

    /**
     * After a failure to write (a full disk), where the run's events are: how many whole lines the
     * events file kept (a torn last line is cut off, so that the file stays readable) and what
     * each other sink says it could not deliver.
     */
    private String whereEventsAre(Simulation simulation, List<EventSink> sinks) {
        long published = simulation.bus() == null ? 0 : simulation.bus().published();
        List<String> places = new ArrayList<>();
        Path events = directory.resolve(EVENTS_FILE);
        if (spec.outputs().events() && Files.isRegularFile(events)) {
            long kept = EventsFileEnd.cutTornLine(events);
            places.add(String.format("%s keeps the first %,d of the %,d events published%s", EVENTS_FILE, kept, published,
                    spec.outputs().filter().keepsAll() ? "" : " that its outputs filter lets through"));
        } else {
            places.add(String.format("%,d events published", published));
        }
        String undelivered = undelivered(sinks);
        if (undelivered != null) {
            places.add(undelivered);
        }
        places.add("the run stopped there");
        return String.join("; ", places);
    }

    private void simulate(Simulation simulation) {
        simulation.start();
        long nextReport = System.nanoTime() + PROGRESS_INTERVAL_NANOS;
        int steps = 0;
        while (!stopRequested && simulation.step()) {
            if ((++steps & 63) == 0) {
                long now = System.nanoTime();
                if (now >= nextReport) {
                    nextReport = now + PROGRESS_INTERVAL_NANOS;
                    progress.advanced(simulation.kernel().lastInstant(), spec.until(), simulation.bus().published());
                }
            }
        }
        progress.advanced(simulation.kernel().lastInstant(), spec.until(), simulation.bus().published());
    }

    private static String undelivered(List<EventSink> sinks) {
        List<String> problems = new ArrayList<>();
        for (EventSink sink : sinks) {
            sink.problem().ifPresent(problem -> problems.add(sink.name() + ": " + problem));
        }
        return problems.isEmpty() ? null : String.join("; ", problems);
    }

    /**
     * Writes {@code manifest.json} of a run directory (atomically) and returns what it wrote; also for
     * runs driven otherwise than by this class (a run shown in the GUI).
     *
     * @param ended null while the run is going on
     * @param wallSeconds null while the run is going on
     * @param reason why it failed or was interrupted, or null
     */
    public static RunManifest writeManifest(Path directory, ScenarioSpec spec, Simulation simulation, Instant started,
            Instant ended, Double wallSeconds, RunStatus status, String reason) {
        return new HeadlessRun(spec, directory).writeManifest(simulation, started, ended, wallSeconds, status, reason);
    }

    private RunManifest writeManifest(Simulation simulation, Instant started, Instant ended, Double wallSeconds,
            RunStatus status, String reason) {
        RunManifest manifest = manifest(simulation, started, ended, wallSeconds, status, reason,
                ended == null ? List.of() : filesInDirectory());
        JsonFiles.write(directory.resolve(MANIFEST_FILE), manifest);
        return manifest;
    }

    private RunManifest manifest(Simulation simulation, Instant started, Instant ended, Double wallSeconds,
            RunStatus status, String reason, List<String> files) {
        Map<String, Map<String, Object>> sinkReports = new LinkedHashMap<>();
        for (EventSink sink : simulation.sinks()) {
            sinkReports.put(sink.name(), sink.report());
        }
        return new RunManifest(spec.runId(), spec.scenario().id(), spec.name(), spec.description(),
                spec.seed(), spec.until(), spec.parameters().asMap(), spec.populationAsData(), spec.interventionsAsData(),
                Versions.agora(), Versions.mason(), Versions.java(), started.toString(),
                ended == null ? null : ended.toString(), wallSeconds, simulation.kernel().lastInstant(),
                simulation.bus() == null ? 0 : simulation.bus().published(), sinkReports, status.word(), reason,
                files, modelReport(simulation), RunProcess.current());
    }

    private static Map<String, Object> modelReport(Simulation simulation) {
        return simulation.model() == null ? Map.of() : simulation.model().runReport();
    }

    private List<String> filesInDirectory() {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(name -> !name.equals(MANIFEST_FILE) && !name.endsWith(".tmp"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeErrorLog(Throwable failure) {
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        Path log = directory.resolve(ERROR_LOG);
        try {
            Files.writeString(log, trace.toString());
        } catch (IOException e) {
            // a full disk: an empty or cut error.log would only mislead; the manifest has the reason
            try {
                Files.deleteIfExists(log);
            } catch (IOException ignored) {
                failure.addSuppressed(ignored);
            }
        }
    }

    /** A failure as one line: its kind, its message and where it happened. */
    public static String describe(Throwable failure) {
        if (failure instanceof RunFailure) {
            return failure.getMessage();
        }
        StringBuilder text = new StringBuilder(failure.getClass().getSimpleName());
        if (failure.getMessage() != null) {
            text.append(": ").append(failure.getMessage().lines().findFirst().orElse(""));
        }
        StackTraceElement[] trace = failure.getStackTrace();
        if (trace.length > 0) {
            text.append(" (at ").append(trace[0].getClassName().substring(trace[0].getClassName().lastIndexOf('.') + 1))
                    .append('.').append(trace[0].getMethodName()).append(':').append(trace[0].getLineNumber()).append(')');
        }
        return text.toString();
    }
}
