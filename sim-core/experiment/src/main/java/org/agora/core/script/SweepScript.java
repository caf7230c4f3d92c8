package org.agora.core.script;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.agora.core.config.ConfigNode;
import org.agora.core.experiment.Experiment;
import org.agora.core.experiment.ExperimentFile;
import org.agora.core.experiment.LocalSweep;
import org.agora.core.experiment.RunRecord;
import org.agora.core.experiment.SweepDirectory;
import org.agora.core.experiment.SweepOutcome;
import org.agora.core.experiment.SweepProgress;
import org.agora.core.scenario.ScenarioCatalog;
import org.agora.core.scenario.ScenarioSpec;

/**
 * A sweep of scripted scenarios: the keys of an experiment file (docs/experiments.md) but
 * {@code scenario}, set by methods, checked as the file would be. {@link #run()} runs it on this
 * machine, writing the sweep directory {@code agora sweep} writes (results, aggregate, charts),
 * and returns its records.
 *
 * <p>Not thread-safe: build it on one thread; {@link #run()} uses {@link #threads} threads of its own.
 */
public final class SweepScript {

    private final ScenarioCatalog catalog;
    private final List<ScenarioSpec> bases;
    private final Map<String, Object> document = new LinkedHashMap<>();
    private final Map<String, Object> grid = new LinkedHashMap<>();
    private String name = "script";
    private Path output;
    private int threads = 1;

    SweepScript(ScenarioCatalog catalog, List<ScenarioSpec> bases) {
        this.catalog = catalog;
        this.bases = List.copyOf(bases);
    }

    /** A sweep over several scripted scenarios side by side (the column "scenario" names each by its name). */
    public static SweepScript over(ScenarioScript... scenarios) {
        return new SweepScript(ScenarioCatalog.installed(), Arrays.stream(scenarios).map(ScenarioScript::spec).toList());
    }

    /** The experiment's name (its default output directory is sweeps/NAME). */
    public SweepScript named(String newName) {
        this.name = newName;
        document.put("name", newName);
        return this;
    }

    /** Adds a grid axis: the parameter takes each value in turn (a full factorial over all axes). */
    public SweepScript grid(String parameter, Object... values) {
        grid.put(parameter, List.of(values));
        return this;
    }

    /** Runs per point (default 1). */
    public SweepScript replications(int count) {
        document.put("replications", count);
        return this;
    }

    /** The seed the runs' seeds derive from (default 1). */
    public SweepScript seed(long seed) {
        document.put("seed", seed);
        return this;
    }

    /** Replication r of every point runs on the same seed (common random numbers). */
    public SweepScript commonSeeds() {
        document.put("seeds", "common");
        return this;
    }

    /** The metrics to collect (default all the scenario's). */
    public SweepScript metrics(String... metrics) {
        document.put("metrics", List.of(metrics));
        return this;
    }

    /** Where the sweep directory goes (default sweeps/NAME). */
    public SweepScript output(Path directory) {
        this.output = directory;
        return this;
    }

    /** Runs at once (default 1). */
    public SweepScript threads(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("threads must be at least 1 (was " + count + ")");
        }
        this.threads = count;
        return this;
    }

    /**
     * The checked experiment.
     *
     * @throws org.agora.core.config.BadInputException naming the key of the first problem
     */
    public Experiment experiment() {
        Map<String, Object> full = new LinkedHashMap<>(document);
        if (!grid.isEmpty()) {
            full.put("grid", grid);
        }
        Experiment experiment = new ExperimentFile(catalog).parse(ConfigNode.of(full, "sweep script " + name), bases, name);
        return output == null ? experiment : experiment.withOutput(output);
    }

    /** Runs every run not recorded yet in the output directory (a sweep resumes), then returns them all. */
    public SweepResults run() {
        Experiment experiment = experiment();
        SweepOutcome outcome = new LocalSweep(experiment, threads).run(SweepProgress.NONE);
        List<RunRecord> records = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(outcome.directory().resolve(SweepDirectory.RESULTS_JSONL))) {
                if (!line.isBlank()) {
                    records.add(RunRecord.fromJson(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the results of " + outcome.directory(), e);
        }
        records.sort(Comparator.comparingInt(RunRecord::run));
        return new SweepResults(experiment, outcome, records);
    }
}
