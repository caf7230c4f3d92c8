package org.agora.core.experiment;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.agora.core.scenario.Metric;
import org.agora.core.scenario.ScenarioSpec;

/**
 * A batch experiment, resolved and checked: a base scenario, the parameter points to run it at,
 * how many replications of each, which metrics to collect and where the results go. Read from an
 * experiment file by {@link ExperimentFile}; immutable.
 *
 * <p>Runs are numbered from 0, point by point: run {@code p × replications + r} is replication
 * {@code r} of point {@code p}. Each run's seed comes from the experiment's seed and the run's
 * place ({@link SeedScheme}), so the results of a run do not depend on the thread or machine
 * that runs it.
 *
 * @param name the experiment's name (the file name without {@code .yaml} unless the file gives one)
 * @param description one line about it
 * @param base the base scenario, with the experiment's fixed parameter values and stop time (the
 *     first, if the experiment runs several scenarios: each point then has its own base)
 * @param seed the experiment's seed
 * @param seeds how run seeds derive from it
 * @param design how the points were chosen
 * @param varied the names of the parameters that vary between points, in column order
 * @param points the parameter points, in design order
 * @param replications runs per point (&ge; 1)
 * @param metrics the metrics each run reports, from the scenario's declared metrics
 * @param output the output directory
 * @param runEvents whether each run writes its own run directory with {@code events.jsonl}
 */
public record Experiment(String name, String description, ScenarioSpec base, long seed, SeedScheme seeds, Design design,
        List<String> varied, List<ParameterPoint> points, int replications, List<Metric> metrics, Path output,
        boolean runEvents) {

    /**
     * The varied value that names each point's scenario, when an experiment runs its design on
     * several scenarios ({@code scenario: [a, b]}); scenario files have no parameter of that name.
     */
    public static final String SCENARIO = "scenario";

    public Experiment {
        varied = List.copyOf(varied);
        points = List.copyOf(points);
        metrics = List.copyOf(metrics);
        if (points.isEmpty() || replications < 1) {
            throw new IllegalArgumentException("an experiment needs at least one point and one replication");
        }
    }

    /** The number of runs: points × replications. */
    public int runCount() {
        return points.size() * replications;
    }

    /** Run {@code index} (from 0), resolved. */
    public PlannedRun run(int index) {
        if (index < 0 || index >= runCount()) {
            throw new IndexOutOfBoundsException("run " + index + " of " + runCount());
        }
        ParameterPoint point = points.get(index / replications);
        int replication = index % replications;
        long runSeed = seeds.seedOf(seed, index, replication);
        ScenarioSpec spec = point.base().withParameters(point.parameters()).withSeed(runSeed);
        return new PlannedRun(index, point.index(), replication, runSeed, point.varied(), spec);
    }

    /** The base scenarios the points run, in order, each once: the base alone unless the file lists several. */
    public List<ScenarioSpec> scenarios() {
        List<ScenarioSpec> scenarios = new ArrayList<>();
        for (ParameterPoint point : points) {
            if (scenarios.stream().noneMatch(s -> s == point.base())) {
                scenarios.add(point.base());
            }
        }
        return scenarios;
    }

    /** The names of the metrics, in column order. */
    public List<String> metricNames() {
        return metrics.stream().map(Metric::name).toList();
    }

    /** The same experiment writing to another directory (as {@code --out} asks). */
    public Experiment withOutput(Path newOutput) {
        return new Experiment(name, description, base, seed, seeds, design, varied, points, replications, metrics,
                newOutput, runEvents);
    }

    /**
     * A hash of everything that decides the runs and their results: the base scenario, the
     * points, the replications, the seeds and the metrics (not the name, the description or
     * the output). A sweep continues in an output directory only if this is unchanged.
     */
    public String fingerprint() {
        StringBuilder text = new StringBuilder(base.canonicalText());
        for (ScenarioSpec other : scenarios()) {
            if (other != base) {
                text.append("scenario ").append(other.name()).append('\n').append(other.canonicalText());
            }
        }
        text.append("experimentSeed=").append(seed).append('\n');
        text.append("seeds=").append(seeds.word()).append('\n');
        text.append("replications=").append(replications).append('\n');
        text.append("metrics=").append(String.join(",", metricNames())).append('\n');
        for (ParameterPoint point : points) {
            text.append("point");
            for (Map.Entry<String, String> value : point.labels().entrySet()) {
                text.append(' ').append(value.getKey()).append('=').append(value.getValue());
            }
            text.append('\n');
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
