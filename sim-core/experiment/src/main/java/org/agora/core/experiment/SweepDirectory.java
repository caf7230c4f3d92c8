package org.agora.core.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.agora.core.config.BadInputException;
import org.agora.core.run.DirectoryLock;
import org.agora.core.run.IoFailure;
import org.agora.core.run.JsonFiles;
import org.agora.core.scenario.ScenarioSpec;

/**
 * The output directory of a sweep, and the record of which runs are done:
 *
 * <ul>
 * <li>{@code sweep.json}: the experiment (scenario, points, replications, seeds, metrics), its
 *     fingerprint, the sweep's id and its status;
 * <li>{@code results.jsonl} and {@code results.csv}: one line per recorded run, appended as each
 *     run ends (each in one write, so a killed sweep leaves at most a partial last line, which the
 *     next start removes), and sorted by run when the sweep is complete;
 * <li>{@code aggregate.csv}: written when every run is recorded ({@link Aggregate});
 * <li>{@code runs/NNNN/}: per-run directories, when runs write events or fail;
 * <li>{@code sweep.lock}: locked while a sweep has the directory open.
 * </ul>
 *
 * Opening a directory that holds part of the same sweep continues it: the runs in
 * {@code results.jsonl} count as recorded, and {@code results.csv} is rebuilt from it. A
 * directory that holds another sweep (a changed experiment) is refused.
 *
 * <p>Threading: {@link #record} may be called from any thread.
 */
public final class SweepDirectory implements AutoCloseable {

    public static final String SWEEP_FILE = "sweep.json";
    public static final String RESULTS_JSONL = "results.jsonl";
    public static final String RESULTS_CSV = "results.csv";
    public static final String AGGREGATE_CSV = "aggregate.csv";
    public static final String CHARTS = "charts";
    public static final String RUNS = "runs";
    /** Held (locked) while a sweep has the directory open; the file itself stays. */
    public static final String LOCK_FILE = "sweep.lock";

    private final Experiment experiment;
    private final Path directory;
    private final String sweepId;
    private final String created;
    private final ResultsTable table;
    private final BitSet recorded = new BitSet();
    private final List<RunRecord> records = new ArrayList<>();
    private final int recordedBefore;
    private int failed;
    private FileChannel jsonl;
    private FileChannel csv;
    private DirectoryLock lock;

    private SweepDirectory(Experiment experiment, String sweepId, String created, List<RunRecord> earlier) {
        this.experiment = experiment;
        this.directory = experiment.output();
        this.sweepId = sweepId;
        this.created = created;
        this.table = ResultsTable.of(experiment);
        for (RunRecord record : earlier) {
            remember(record);
        }
        this.recordedBefore = records.size();
    }

    /**
     * Opens the experiment's output directory: creates it, or continues the sweep it holds. The
     * directory is locked ({@value #LOCK_FILE}) until {@link #close()}, so that two sweeps never
     * write it at once (on this machine; on others sharing it where the file system supports locks).
     *
     * @throws BadInputException if it holds another sweep, is not a sweep's directory, is in use
     *     by another sweep, or its results file is damaged other than by a partial last line;
     *     nothing is changed then
     */
    public static SweepDirectory open(Experiment experiment) {
        Path directory = experiment.output();
        String where = directory.toString();
        Path sweepFile = directory.resolve(SWEEP_FILE);
        if (!Files.isRegularFile(sweepFile) && Files.exists(directory) && !isEmptyDirectory(directory)) {
            throw BadInputException.at(where, 0, null, Files.isDirectory(directory)
                    ? "exists and is not a sweep's output directory (it has no " + SWEEP_FILE + "); choose another"
                    : "is a file, not a directory");
        }
        DirectoryLock lock = DirectoryLock.acquire(directory, LOCK_FILE, where, "is in use by another sweep still running on it;"
                + " wait for that one to end, or choose another output directory (--out)");
        try {
            String sweepId = experiment.name() + "-" + UUID.randomUUID().toString().substring(0, 8);
            String created = Instant.now().toString();
            List<RunRecord> earlier = List.of();
            if (Files.isRegularFile(sweepFile)) {
                JsonNode existing = readSweepFile(sweepFile);
                if (!experiment.fingerprint().equals(existing.path("fingerprint").asText())) {
                    throw BadInputException.at(where, 0, null, "holds the results of another sweep (the experiment "
                            + existing.path("name").asText("?") + " with other settings); choose another output "
                            + "directory (--out) or remove this one");
                }
                sweepId = existing.path("sweep").asText(sweepId);
                created = existing.path("created").asText(created);
                earlier = readResults(experiment, directory.resolve(RESULTS_JSONL));
            }
            SweepDirectory opened = new SweepDirectory(experiment, sweepId, created, earlier);
            opened.lock = lock;
            opened.start();
            return opened;
        } catch (RuntimeException e) {
            lock.close();
            String full = IoFailure.fullDisk(e, directory);
            if (full != null) {
                throw new DiskFullException(full + "; make room and run the same command again", full);
            }
            throw e;
        }
    }

    private void start() {
        try {
            writeSweepFile("running");
            // results.jsonl is the record; results.csv is rebuilt from it, so both agree after a crash
            writeAtomically(RESULTS_JSONL, jsonLines(records));
            writeAtomically(RESULTS_CSV, csvText(records));
            jsonl = FileChannel.open(directory.resolve(RESULTS_JSONL), StandardOpenOption.WRITE, StandardOpenOption.APPEND);
            csv = FileChannel.open(directory.resolve(RESULTS_CSV), StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to " + directory, e);
        }
    }

    /** The directory. */
    public Path path() {
        return directory;
    }

    /** The sweep's id: the experiment's name and a random suffix chosen when the directory was made. */
    public String sweepId() {
        return sweepId;
    }

    /** The directory of run {@code run} (events, error log), {@code runs/NNNN}. */
    public Path runDirectory(int run) {
        return runDirectory(directory.resolve(RUNS), run, experiment.runCount());
    }

    /** The directory of run {@code run} under {@code runs}, its number padded to the width of the largest. */
    static Path runDirectory(Path runs, int run, int runCount) {
        int width = Math.max(4, Integer.toString(Math.max(0, runCount - 1)).length());
        return runs.resolve(String.format("%0" + width + "d", run));
    }

    /** The runs not yet recorded, in order. */
    public synchronized int[] pending() {
        int[] pending = new int[experiment.runCount() - recorded.cardinality()];
        int next = 0;
        for (int run = recorded.nextClearBit(0); run < experiment.runCount(); run = recorded.nextClearBit(run + 1)) {
            pending[next++] = run;
        }
        return pending;
    }

    /** How many runs are recorded. */
    public synchronized int recordedCount() {
        return records.size();
    }

    /** How many runs were recorded when the directory was opened. */
    public int recordedBefore() {
        return recordedBefore;
    }

    /** How many recorded runs failed. */
    public synchronized int failedCount() {
        return failed;
    }

    /** Whether every run is recorded. */
    public synchronized boolean complete() {
        return records.size() == experiment.runCount();
    }

    /**
     * Records a run's result in both results files, unless that run is recorded already.
     *
     * @return whether it was recorded now (false for a second result of one run)
     */
    public synchronized boolean record(RunRecord record) {
        check(experiment, record);
        if (recorded.get(record.run())) {
            return false;
        }
        append(jsonl, record.toJson() + "\n");
        append(csv, table.row(record));
        remember(record);
        return true;
    }

    private void remember(RunRecord record) {
        recorded.set(record.run());
        records.add(record);
        if (!record.done()) {
            failed++;
        }
    }

    /**
     * Sorts both results files by run and writes {@code aggregate.csv}, once every run is
     * recorded. The sweep is not complete until its charts are drawn too ({@link #markComplete}).
     *
     * @return the records, sorted by run
     * @throws IllegalStateException if a run is not recorded yet
     */
    public synchronized List<RunRecord> finish() {
        if (!complete()) {
            throw new IllegalStateException((experiment.runCount() - records.size()) + " runs are not recorded yet");
        }
        closeFiles();
        List<RunRecord> sorted = new ArrayList<>(records);
        sorted.sort(Comparator.comparingInt(RunRecord::run));
        try {
            writeAtomically(RESULTS_JSONL, jsonLines(sorted));
            writeAtomically(RESULTS_CSV, csvText(sorted));
            writeAtomically(AGGREGATE_CSV, Aggregate.of(experiment, sorted).csv());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to " + directory, e);
        }
        return sorted;
    }

    /**
     * What a failure while the sweep writes means to the user. A full disk (or an exhausted
     * quota) stops the sweep as the user would: the runs recorded stay, {@code sweep.json} says
     * interrupted if there is room for that, and the next start, once there is room, redoes what
     * is missing.
     *
     * @return a {@link DiskFullException} naming the cause (and the run that was writing, if one
     *     was) and how many runs are recorded; or {@code failure} itself if the disk was not full
     */
    RuntimeException stoppedByAFullDisk(RuntimeException failure) {
        String full = failure instanceof DiskFullException run ? run.getMessage() : IoFailure.fullDisk(failure, directory);
        if (full == null) {
            return failure;
        }
        try {
            markInterrupted();
        } catch (RuntimeException noRoomForTheMark) {
            // sweep.json keeps saying 'running'; the next start continues all the same
        }
        return new DiskFullException(full + "; " + recordedCount() + " of " + experiment.runCount() + " runs recorded in "
                + directory + "; make room and run the same command again to continue", full);
    }

    /** Marks {@code sweep.json} complete: every run recorded, the aggregate written and the charts drawn. */
    public synchronized void markComplete() {
        writeSweepFile("complete");
    }

    /**
     * Marks {@code sweep.json} interrupted: the user stopped the sweep before it was complete (in its
     * runs or while its charts were drawn); the next start continues it.
     */
    public synchronized void markInterrupted() {
        writeSweepFile("interrupted");
    }

    @Override
    public synchronized void close() {
        try {
            closeFiles();
        } finally {
            if (lock != null) {
                lock.close();
            }
        }
    }

    private void closeFiles() {
        for (FileChannel channel : new FileChannel[] {jsonl, csv}) {
            if (channel != null && channel.isOpen()) {
                try {
                    channel.close();
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot close a results file in " + directory, e);
                }
            }
        }
    }

    private void append(FileChannel channel, String text) {
        ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
        try {
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to a results file in " + directory, e);
        }
    }

    private String jsonLines(List<RunRecord> list) {
        StringBuilder text = new StringBuilder();
        list.forEach(record -> text.append(record.toJson()).append('\n'));
        return text.toString();
    }

    private String csvText(List<RunRecord> list) {
        StringBuilder text = new StringBuilder(table.header());
        list.forEach(record -> text.append(table.row(record)));
        return text.toString();
    }

    private void writeAtomically(String name, String content) throws IOException {
        Path file = directory.resolve(name);
        Path temporary = directory.resolve(name + ".tmp");
        try {
            Files.writeString(temporary, content, StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private void writeSweepFile(String status) {
        Map<String, Object> sweep = new LinkedHashMap<>();
        sweep.put("name", experiment.name());
        sweep.put("description", experiment.description());
        sweep.put("sweep", sweepId);
        sweep.put("fingerprint", experiment.fingerprint());
        sweep.put("status", status);
        sweep.put("created", created);
        sweep.put("scenario", experiment.base().scenario().id());
        sweep.put("base", experiment.base().name());
        if (experiment.scenarios().size() > 1) {
            sweep.put("scenarios", experiment.scenarios().stream().map(ScenarioSpec::name).toList());
        }
        sweep.put("untilSeconds", experiment.base().until());
        sweep.put("parameters", experiment.base().parameters().asMap());
        sweep.put("seed", experiment.seed());
        sweep.put("seeds", experiment.seeds().word());
        sweep.put("design", experiment.design().key());
        sweep.put("varied", experiment.varied());
        sweep.put("replications", experiment.replications());
        sweep.put("runs", experiment.runCount());
        sweep.put("recorded", records.size());
        sweep.put("failed", failed);
        sweep.put("metrics", experiment.metricNames());
        List<Map<String, Object>> points = new ArrayList<>();
        for (ParameterPoint point : experiment.points()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("point", point.index());
            entry.putAll(point.varied());
            points.add(entry);
        }
        sweep.put("points", points);
        // never rewritten in place on a full disk: a cut sweep.json would make the results unusable
        JsonFiles.writeWhole(directory.resolve(SWEEP_FILE), sweep);
    }

    private static JsonNode readSweepFile(Path file) {
        try {
            return JsonFiles.mapper().readTree(file.toFile());
        } catch (IOException e) {
            throw BadInputException.at(file.toString(), 0, null, "not a sweep file (" + e.getClass().getSimpleName()
                    + "); remove the directory to start the sweep afresh");
        }
    }

    /**
     * The records of an earlier start. A last line without its line end was cut short by a kill
     * and is dropped (its run is redone); any other bad line is an error.
     */
    private static List<RunRecord> readResults(Experiment experiment, Path file) {
        if (!Files.exists(file)) {
            return List.of();
        }
        String content;
        try {
            content = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw BadInputException.at(file.toString(), 0, null, "cannot read (" + e.getClass().getSimpleName() + ")");
        }
        List<RunRecord> records = new ArrayList<>();
        BitSet seen = new BitSet();
        int lineNumber = 0;
        int start = 0;
        while (start < content.length()) {
            int end = content.indexOf('\n', start);
            if (end < 0) {
                break;
            }
            lineNumber++;
            String line = content.substring(start, end);
            start = end + 1;
            if (line.isBlank()) {
                continue;
            }
            RunRecord record;
            try {
                record = RunRecord.fromJson(line);
                check(experiment, record);
            } catch (IllegalArgumentException e) {
                throw BadInputException.at(file.toString(), lineNumber, null, "not a result of this sweep: " + e.getMessage()
                        + "; remove the line or the directory");
            }
            if (!seen.get(record.run())) {
                seen.set(record.run());
                records.add(record);
            }
        }
        return records;
    }

    /** Checks that a record is one of this experiment's runs, with its seed. */
    private static void check(Experiment experiment, RunRecord record) {
        if (record.run() < 0 || record.run() >= experiment.runCount()) {
            throw new IllegalArgumentException("run " + record.run() + " is not one of its " + experiment.runCount() + " runs");
        }
        PlannedRun planned = experiment.run(record.run());
        if (planned.point() != record.point() || planned.replication() != record.replication()
                || planned.seed() != record.seed()) {
            throw new IllegalArgumentException("run " + record.run() + " has another point, replication or seed than planned");
        }
    }

    private static boolean isEmptyDirectory(Path directory) {
        if (!Files.isDirectory(directory)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.noneMatch(entry -> !entry.getFileName().toString().equals(LOCK_FILE));
        } catch (IOException e) {
            return false;
        }
    }
}
