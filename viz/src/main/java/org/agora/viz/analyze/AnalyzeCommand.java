package org.agora.viz.analyze;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.agora.core.config.BadInputException;
import org.agora.core.event.Event;
import org.agora.core.experiment.SweepDirectory;
import org.agora.core.run.HeadlessRun;
import org.agora.core.run.JsonFiles;
import org.agora.core.run.OutputDirectory;
import org.agora.core.scenario.ScenarioCatalog;
import org.agora.core.sink.EventJsonCodec;
import org.agora.core.source.EventSource;
import org.agora.core.source.EventSources;
import org.agora.core.source.ReadOptions;
import org.agora.scenarios.cli.Subcommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code agora analyze}: a run's summary recomputed from its events, its charts, and a page showing them. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Analyze a run from its events: a finished file, a run still being written (--follow), or a Kafka topic.",
            "Recomputes the scenario's summary from the events, compares it with the run's summary.json when there is one, "
                + "and writes DIR/summary.json, DIR/charts/*.png|svg|csv and DIR/index.html.",
            "Bad records are reported with their line (or partition and offset) and skipped; --strict stops at the first.",
            "Exit status: 0 done, 1 failed, 2 bad input."})
public final class AnalyzeCommand implements Subcommand {

    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration FILE_PATIENCE = Duration.ofSeconds(30);

    @Spec
    private CommandSpec command;

    @Parameters(paramLabel = "EVENTS", description = "an events.jsonl file, a run directory, or kafka://HOST:PORT/TOPIC")
    private String input;

    @Option(names = "--run", paramLabel = "RUN-ID", description = "the run to read from a topic (a topic holds many runs)")
    private String runId;

    @Option(names = "--execution", paramLabel = "ID",
            description = "the execution of the run to read from a topic that holds several (its manifest's sinks.kafka.execution);"
                + " default: the one that started last")
    private String execution;

    @Option(names = "--out", paramLabel = "DIR",
            description = "where to write the report (default: analysis/ beside the events file; runs/RUN-ID/analysis for a topic)")
    private Path out;

    @Option(names = "--follow", description = "follow a run still being written until its RunFinished")
    private boolean follow;

    @Option(names = "--strict", description = "stop at the first bad record (bad input) instead of reporting and skipping it")
    private boolean strict;

    @Option(names = "--kafka-property", paramLabel = "KEY=VALUE", description = "a Kafka client property, for example security.protocol=SASL_SSL (repeatable)")
    private List<String> kafkaProperties = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter stdout = command.commandLine().getOut();
        PrintWriter stderr = command.commandLine().getErr();
        checkIsEvents();
        String location = location();
        if (out != null) {
            OutputDirectory.checkPath(out, "--out");
        }
        RunAnalysis analysis = new RunAnalysis(location, ScenarioCatalog.installed());
        ReadOptions options = strict ? ReadOptions.failOnBadRecords()
                : ReadOptions.skipBadRecords(bad -> stderr.println("agora analyze: " + bad.describe() + (bad.kept() ? "" : " (skipped)")));
        Path runDirectory = runDirectory();
        if (follow) {
            options = options.following(() -> analysis.complete() || runEndedWithout(runDirectory));
        }
        if (follow && runDirectory != null) {
            awaitFile(location, stderr);
        }
        long skipped;
        Optional<String> selection;
        try (EventSource source = EventSources.open(location, EventJsonCodec.installed(), options, properties())) {
            while (!source.ended()) {
                Optional<Event> event = source.next(POLL);
                if (event.isPresent()) {
                    checkRun(event.get());
                    analysis.accept(event.get());
                }
            }
            skipped = source.skipped();
            selection = source.selection();
        }
        if (!analysis.begun()) {
            throw BadInputException.at(location, 0, null, "no events to analyze");
        }
        Path directory = out != null ? out
                : runDirectory != null ? runDirectory.resolve("analysis") : Path.of("runs", analysis.runId(), "analysis");
        SummaryComparison comparison = null;
        Path ownSummary = runDirectory == null ? null : runDirectory.resolve(HeadlessRun.SUMMARY_FILE);
        if (analysis.summary().isPresent() && ownSummary != null && Files.isRegularFile(ownSummary)) {
            comparison = SummaryComparison.of(analysis.summary().get(), ownSummary);
        }
        OutputDirectory.create(directory, "--out");
        List<String> files = AnalysisReport.write(analysis, location, directory, comparison, skipped);
        report(stdout, stderr, analysis, selection, directory, comparison, skipped, files);
        return 0;
    }

    /** The source's address: the input, with the run id (and the execution, if given) for a topic. */
    private String location() {
        if (!input.startsWith("kafka://")) {
            if (execution != null) {
                throw BadInputException.at("--execution", 0, null, "picks one execution of a run in a Kafka topic;"
                        + " a file holds one execution (" + input + ")");
            }
            return input;
        }
        if (execution != null && (execution.isBlank() || execution.contains("&"))) {
            throw BadInputException.at("--execution", 0, null, "'" + execution + "' is not an execution id");
        }
        if (execution != null && input.contains("&execution=")) {
            throw BadInputException.at("--execution", 0, null, "the address names an execution already");
        }
        String withExecution = execution == null ? "" : "&execution=" + execution;
        int query = input.indexOf("?run=");
        if (query >= 0) {
            String named = input.substring(query + "?run=".length());
            int and = named.indexOf('&');
            named = and < 0 ? named : named.substring(0, and);
            if (runId != null && !runId.equals(named)) {
                throw BadInputException.at("--run", 0, null, "the address names run " + named + ", --run names " + runId);
            }
            return input + withExecution;
        }
        if (runId == null) {
            throw BadInputException.at(input, 0, null, "a topic holds many runs: name one with --run RUN-ID");
        }
        return input + "?run=" + runId + withExecution;
    }

    /** The run directory the events file is in (where summary.json and manifest.json may be), or null for a topic. */
    private Path runDirectory() {
        if (input.startsWith("kafka://")) {
            return null;
        }
        Path path = Path.of(input);
        return Files.isDirectory(path) ? path : path.toAbsolutePath().getParent();
    }

    /**
     * Says at once what analyze needs when the input is something else a run or a sweep writes:
     * a sweep's output directory, a summary or manifest file, or (when following) a path whose
     * directory does not exist at all.
     */
    private void checkIsEvents() {
        if (input.startsWith("kafka://")) {
            return;
        }
        Path path = Path.of(input);
        if (Files.isDirectory(path) && Files.exists(path.resolve(SweepDirectory.SWEEP_FILE))
                && !Files.exists(path.resolve(HeadlessRun.EVENTS_FILE))) {
            throw BadInputException.at(input, 0, null, "a sweep's output directory: its results are in results.csv and "
                    + "aggregate.csv and its charts in charts/; analyze reads one run's events: give a run directory or "
                    + "events.jsonl (a sweep keeps its runs' events, in runs/NNNN/, with 'events: true')");
        }
        String name = path.getFileName() == null ? "" : path.getFileName().toString();
        if (Files.isRegularFile(path) && (name.equals(HeadlessRun.SUMMARY_FILE) || name.equals(HeadlessRun.MANIFEST_FILE))) {
            Path directory = path.toAbsolutePath().getParent();
            throw BadInputException.at(input, 0, null, "a run's " + name + ", not its events; analyze reads the events: "
                    + "give the run directory (" + (path.getParent() == null ? "." : path.getParent()) + ") or "
                    + directory.getFileName() + "/" + HeadlessRun.EVENTS_FILE);
        }
        if (follow && !Files.exists(path) && (path.toAbsolutePath().getParent() == null
                || !Files.isDirectory(path.toAbsolutePath().getParent()))) {
            throw BadInputException.at(input, 0, null, "no such file or run directory to follow");
        }
    }

    /** A run just started may not have created its events file yet: wait a while for it, saying so. */
    private static void awaitFile(String location, PrintWriter stderr) {
        Path file = Files.isDirectory(Path.of(location)) ? Path.of(location, HeadlessRun.EVENTS_FILE) : Path.of(location);
        if (!Files.exists(file)) {
            stderr.println("agora analyze: waiting up to " + FILE_PATIENCE.toSeconds() + " s for " + file + " to appear");
        }
        long deadline = System.nanoTime() + FILE_PATIENCE.toNanos();
        while (!Files.exists(file) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** A followed run whose manifest says it ended (failed, interrupted) will never write RunFinished. */
    private static boolean runEndedWithout(Path runDirectory) {
        if (runDirectory == null) {
            return false;
        }
        Path manifest = runDirectory.resolve(HeadlessRun.MANIFEST_FILE);
        if (!Files.isRegularFile(manifest)) {
            return false;
        }
        try {
            String status = JsonFiles.mapper().readTree(manifest.toFile()).path("status").asText("");
            return !status.isEmpty() && !status.equals("running");
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private void checkRun(Event event) {
        if (runId != null && !input.startsWith("kafka://") && !event.header().runId().equals(runId)) {
            throw BadInputException.at(input, 0, "--run", "the file holds run " + event.header().runId() + ", not " + runId);
        }
    }

    private Map<String, String> properties() {
        Map<String, String> properties = new LinkedHashMap<>();
        for (String assignment : kafkaProperties) {
            int equals = assignment.indexOf('=');
            if (equals <= 0) {
                throw BadInputException.at("--kafka-property", 0, null, "expected KEY=VALUE (was " + assignment + ")");
            }
            properties.put(assignment.substring(0, equals).strip(), assignment.substring(equals + 1).strip());
        }
        return properties;
    }

    private static void report(PrintWriter out, PrintWriter err, RunAnalysis analysis, Optional<String> selection,
            Path directory, SummaryComparison comparison, long skipped, List<String> files) {
        out.printf("analyzed: run %s (%s, seed %d), %,d events%s%s%n", analysis.runId(), analysis.scenario().id(),
                analysis.runStarted().seed(), analysis.events(),
                analysis.complete() ? "" : ", incomplete (no RunFinished)",
                skipped > 0 ? String.format(", %,d bad records skipped", skipped) : "");
        selection.ifPresent(chosen -> out.println("  read: " + chosen));
        if (analysis.summary().isEmpty()) {
            out.println("  summary: " + analysis.scenario().id() + " cannot recompute its summary from events");
        } else if (comparison == null) {
            out.println("  summary: recomputed from the events (no summary.json to compare with)");
        } else if (comparison.equal()) {
            out.println("  summary: recomputed from the events, equal to summary.json");
        } else {
            err.println("agora analyze: the summary recomputed from the events differs from summary.json: "
                    + comparison.describe());
        }
        out.println("  report: " + directory.resolve(AnalysisReport.INDEX) + " (" + files.size() + " files)");
    }
}
