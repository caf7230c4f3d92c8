package org.agora.core.experiment;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.agora.core.config.BadInputException;
import org.agora.core.run.HeadlessRun;
import org.agora.core.run.IoFailure;
import org.agora.core.run.RunResult;
import org.agora.core.run.RunStatus;
import org.agora.core.run.Simulation;

/**
 * Runs one run of a sweep, isolated (its own simulation: kernel, random streams, bus, model),
 * and reports it as a {@link RunRecord}. A run that throws is recorded as failed with its error;
 * its stack trace goes to {@code error.log} in its run directory. With run events on, each run
 * writes a full run directory ({@link HeadlessRun}); otherwise its events go nowhere.
 *
 * <p>Threading: {@link #execute} may be called from several threads at once, one run each;
 * {@link #stop} from any thread.
 */
public final class RunExecutor {

    private final List<String> metrics;
    private final Path runs;
    private final int runCount;
    private final boolean runEvents;
    private final Set<HeadlessRun> active = ConcurrentHashMap.newKeySet();
    private volatile boolean stopping;

    /**
     * @param metrics the metrics to take from each run's summary
     * @param runs where run directories go ({@code runs/NNNN})
     * @param runCount the number of runs of the sweep (sets the width of NNNN)
     * @param runEvents whether each run writes a run directory with its events
     */
    public RunExecutor(List<String> metrics, Path runs, int runCount, boolean runEvents) {
        this.metrics = List.copyOf(metrics);
        this.runs = runs;
        this.runCount = runCount;
        this.runEvents = runEvents;
    }

    /** An executor for the runs of {@code experiment}, writing run directories under its output. */
    public static RunExecutor of(Experiment experiment) {
        return new RunExecutor(experiment.metricNames(), experiment.output().resolve(SweepDirectory.RUNS),
                experiment.runCount(), experiment.runEvents());
    }

    /** Asks the runs in progress to stop after their current instant; they report nothing. Thread-safe. */
    public void stop() {
        stopping = true;
        active.forEach(HeadlessRun::requestStop);
    }

    public boolean stopping() {
        return stopping;
    }

    /**
     * Runs {@code run} to its end.
     *
     * @return its record, or nothing if the executor was stopped before the run ended
     */
    public Optional<RunRecord> execute(PlannedRun run) {
        if (stopping) {
            return Optional.empty();
        }
        long start = System.nanoTime();
        return runEvents ? withRunDirectory(run, start) : inMemory(run, start);
    }

    private Optional<RunRecord> inMemory(PlannedRun run, long start) {
        Simulation simulation = Simulation.of(run.spec());
        Map<String, Object> summary;
        try {
            simulation.start();
            while (simulation.step()) {
                if (stopping) {
                    simulation.abandon(new InterruptedException("the sweep was stopped"));
                    return Optional.empty();
                }
            }
            simulation.finish();
            summary = simulation.summary();
        } catch (RuntimeException | Error e) {
            simulation.abandon(e);
            writeErrorLog(run, e);
            return Optional.of(failed(run, HeadlessRun.describe(e), start));
        }
        return Optional.of(fromSummary(run, summary, start));
    }

    private Optional<RunRecord> withRunDirectory(PlannedRun run, long start) {
        HeadlessRun headless = new HeadlessRun(run.spec(), directoryOf(run));
        active.add(headless);
        if (stopping) {
            headless.requestStop();
        }
        RunResult result;
        try {
            result = headless.execute();
        } catch (BadInputException e) {
            return Optional.of(failed(run, e.getMessage(), start));
        } finally {
            active.remove(headless);
        }
        return switch (result.status()) {
            case DONE -> Optional.of(fromSummary(run, result.summary(), start));
            case FAILED -> {
                if (IoFailure.saysFullDisk(result.reason())) {
                    throw new DiskFullException("run " + run.run() + " not recorded: " + result.reason(), result.reason());
                }
                yield Optional.of(failed(run, result.reason(), start));
            }
            default -> Optional.empty();
        };
    }

    private RunRecord fromSummary(PlannedRun run, Map<String, Object> summary, long start) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (String metric : metrics) {
            if (!summary.containsKey(metric)) {
                return failed(run, "the run's summary has no metric '" + metric + "' (it has: "
                        + String.join(", ", summary.keySet()) + ")", start);
            }
            values.put(metric, summary.get(metric));
        }
        try {
            return canonical(new RunRecord(run.run(), run.point(), run.replication(), run.seed(), run.varied(),
                    RunStatus.DONE, values, null, seconds(start), run.spec().runId(), null));
        } catch (IllegalArgumentException e) {
            return failed(run, e.getMessage(), start);
        }
    }

    private RunRecord failed(PlannedRun run, String error, long start) {
        return canonical(new RunRecord(run.run(), run.point(), run.replication(), run.seed(), run.varied(), RunStatus.FAILED,
                Map.of(), error, seconds(start), run.spec().runId(), null));
    }

    /** The record as it reads back from its JSON, so that a record is the same whichever path it took. */
    private static RunRecord canonical(RunRecord record) {
        return RunRecord.fromJson(record.toJson());
    }

    /** Wall-clock seconds since {@code start}, to the millisecond. */
    private static double seconds(long start) {
        return Math.round((System.nanoTime() - start) / 1e6) / 1e3;
    }

    private Path directoryOf(PlannedRun run) {
        return SweepDirectory.runDirectory(runs, run.run(), runCount);
    }

    private void writeErrorLog(PlannedRun run, Throwable failure) {
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        try {
            Path directory = Files.createDirectories(directoryOf(run));
            Files.writeString(directory.resolve(HeadlessRun.ERROR_LOG), trace.toString());
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }
}
