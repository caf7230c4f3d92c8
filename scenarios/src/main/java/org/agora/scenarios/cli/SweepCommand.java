package org.agora.scenarios.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.agora.core.config.BadInputException;
import org.agora.core.experiment.DiskFullException;
import org.agora.core.experiment.DistributedSweep;
import org.agora.core.experiment.Experiment;
import org.agora.core.experiment.ExperimentFile;
import org.agora.core.experiment.LocalSweep;
import org.agora.core.experiment.ParameterPoint;
import org.agora.core.experiment.SweepDirectory;
import org.agora.core.experiment.SweepOutcome;
import org.agora.core.experiment.SweepProgress;
import org.agora.core.run.OutputDirectory;
import org.agora.core.scenario.ScenarioCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code agora sweep}: every run of an experiment file, on every core, into results tables. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = {"Run an experiment: parameter points × replications of a scenario, on a pool of threads.",
            "Writes DIR/results.csv, DIR/results.jsonl, DIR/aggregate.csv and, with the viz module, DIR/charts/.",
            "Started again with the same file, it continues where it stopped.",
            "With --kafka HOST:PORT --distributed, workers (agora worker) on any machines run the runs.",
            "Exit status: 0 every run done, 1 some run failed, 2 bad input, 130 stopped by Ctrl-C (run it again to continue)."})
final class SweepCommand implements Callable<Integer> {

    private static final int PLAN_LINES = 12;

    @Spec
    private CommandSpec command;

    @Parameters(paramLabel = "EXPERIMENT", description = "an experiment file (docs/experiments.md), or the name of a shipped "
            + "experiment (docs/scenarios.md), such as govsim-settings")
    private String file;

    @Option(names = "--threads", paramLabel = "N", description = "runs at once (default: the number of cores)")
    private Integer threads;

    @Option(names = "--out", paramLabel = "DIR", description = "the output directory (default: the file's 'output', or sweeps/NAME)")
    private Path out;

    @Option(names = "--dry-run", description = "check the file and show the plan; run nothing")
    private boolean dryRun;

    @Option(names = "--distributed", description = "share the runs with workers through Kafka (needs --kafka)")
    private boolean distributed;

    @Option(names = "--republish", description = "with --distributed: publish the jobs of the runs not recorded even if an earlier start did")
    private boolean republish;

    @Mixin
    private SweepKafkaOptions kafka;

    @Override
    public Integer call() {
        if (threads != null && threads < 1) {
            throw BadInputException.at("--threads", 0, null, "must be at least 1 (was " + threads + ")");
        }
        if (out != null) {
            OutputDirectory.checkPath(out, "--out");
        }
        checkDistributedOptions();
        Experiment experiment = new ExperimentFile(ScenarioCatalog.installed()).resolve(file);
        if (out != null) {
            experiment = experiment.withOutput(out);
        }
        if (dryRun) {
            printPlan(experiment);
            return 0;
        }
        try {
            return distributed ? coordinate(experiment) : runHere(experiment);
        } catch (DiskFullException e) {
            command.commandLine().getErr().println("agora sweep: failed: " + e.getMessage());
            return Agora.FAILED;
        }
    }

    private int coordinate(Experiment experiment) {
        PrintWriter printer = command.commandLine().getOut();
        DistributedSweep sweep = new DistributedSweep(experiment, kafka.kafka(), kafka.topics(), republish);
        SweepProgress progress = TerminalSweepProgress.forTerminal(experiment.name());
        return StoppableByUser.run(sweep::requestStop, () -> report(sweep.run(progress, line -> {
            printer.println("agora sweep: " + line);
            printer.flush();
        })));
    }

    private int runHere(Experiment experiment) {
        LocalSweep sweep = new LocalSweep(experiment, threads());
        SweepProgress progress = TerminalSweepProgress.forTerminal(experiment.name());
        return StoppableByUser.run(sweep::requestStop, () -> report(sweep.run(progress)));
    }

    private int threads() {
        return threads != null ? threads : Runtime.getRuntime().availableProcessors();
    }

    private void checkDistributedOptions() {
        if (distributed && kafka.bootstrap == null) {
            throw BadInputException.at("--distributed", 0, null, "needs --kafka HOST:PORT, the broker the workers read from");
        }
        if (!distributed) {
            if (kafka.bootstrap != null || kafka.anyTopicOrProperty() || republish) {
                throw BadInputException.at(kafka.bootstrap != null ? "--kafka" : "--distributed", 0, null,
                        "the Kafka options (--kafka, --jobs-topic, --results-topic, --partitions, --kafka-property, "
                        + "--kafka-config, --republish) are for distributed sweeps: add --distributed");
            }
            return;
        }
        if (threads != null) {
            throw BadInputException.at("--threads", 0, null, "a distributed sweep runs on its workers; give --threads to agora worker");
        }
        kafka.kafka();
        kafka.topics();
    }

    private int report(SweepOutcome outcome) {
        PrintWriter out = command.commandLine().getOut();
        PrintWriter err = command.commandLine().getErr();
        Path directory = outcome.directory();
        if (!outcome.complete() && outcome.recorded() == outcome.runs()) {
            err.println("agora sweep: interrupted while drawing the charts: all " + outcome.runs() + " runs recorded in "
                    + directory + "; run the same command again to draw them");
            return Agora.FAILED;
        }
        if (!outcome.complete()) {
            err.println("agora sweep: interrupted: " + outcome.recorded() + " of " + outcome.runs() + " runs recorded in "
                    + directory + "; run the same command again to continue");
            return Agora.FAILED;
        }
        String thisStart;
        if (outcome.ranNow() == 0) {
            thisStart = "all recorded before";
        } else {
            String where = distributed ? "workers" : Math.min(threads(), outcome.ranNow())
                    + (Math.min(threads(), outcome.ranNow()) == 1 ? " thread" : " threads");
            thisStart = (outcome.recordedBefore() > 0 ? outcome.recordedBefore() + " recorded before, " : "")
                    + String.format(Locale.ROOT, "this start ran %d on %s in %.1f s", outcome.ranNow(), where, outcome.wallSeconds());
        }
        out.printf(Locale.ROOT, "done: %s (%d runs: %d done, %d failed; %s)%n", directory, outcome.runs(),
                outcome.runs() - outcome.failed(), outcome.failed(), thisStart);
        out.println("  results:   " + directory.resolve(SweepDirectory.RESULTS_CSV) + ", " + SweepDirectory.RESULTS_JSONL);
        out.println("  aggregate: " + directory.resolve(SweepDirectory.AGGREGATE_CSV));
        if (outcome.charts().files().isEmpty()) {
            out.println("  " + outcome.charts().note());
        } else {
            out.println("  charts:    " + outcome.charts().files().size() + " files in " + directory.resolve(SweepDirectory.CHARTS));
        }
        if (outcome.failed() > 0) {
            err.println("agora sweep: " + outcome.failed() + " of " + outcome.runs() + " runs failed; "
                    + directory.resolve(SweepDirectory.RESULTS_CSV) + " has their errors");
            return Agora.FAILED;
        }
        return 0;
    }

    private void printPlan(Experiment experiment) {
        PrintWriter out = command.commandLine().getOut();
        String scenarios = String.join(", ", experiment.scenarios().stream().map(s -> s.name()).toList());
        out.printf(Locale.ROOT, "%s: %s, %d %s × %d %s = %d %s → %s%n", experiment.name(), scenarios,
                experiment.points().size(), experiment.points().size() == 1 ? "point" : "points", experiment.replications(),
                experiment.replications() == 1 ? "replication" : "replications", experiment.runCount(),
                experiment.runCount() == 1 ? "run" : "runs", experiment.output());
        out.println("  design: " + experiment.design().key() + (experiment.varied().isEmpty() ? "" : " of "
                + String.join(", ", experiment.varied())) + "; until " + SummaryText.time(experiment.base().scenario(), experiment.base().until()));
        out.println("  seeds: " + experiment.seeds().word() + ", from " + experiment.seed() + "; metrics: "
                + String.join(", ", experiment.metricNames()) + (experiment.runEvents() ? "; events of every run" : ""));
        List<ParameterPoint> points = experiment.points();
        for (ParameterPoint point : points.subList(0, Math.min(PLAN_LINES, points.size()))) {
            if (!point.varied().isEmpty()) {
                List<String> values = new ArrayList<>();
                for (Map.Entry<String, String> value : point.labels().entrySet()) {
                    values.add(value.getKey() + "=" + value.getValue());
                }
                out.println("  point " + point.index() + ": " + String.join(", ", values));
            }
        }
        if (points.size() > PLAN_LINES) {
            out.println("  … and " + (points.size() - PLAN_LINES) + " more points");
        }
    }
}
