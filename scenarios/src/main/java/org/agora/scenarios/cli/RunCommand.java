package org.agora.scenarios.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.agora.core.run.HeadlessRun;
import org.agora.core.run.RunResult;
import org.agora.core.scenario.Parameter;
import org.agora.core.scenario.ScenarioSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code agora run}: one headless run into a run directory. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run a scenario headless. Writes DIR/events.jsonl, DIR/summary.json and DIR/manifest.json.",
            "Exit status: 0 done, 1 the run failed, 2 bad input, 130 stopped by Ctrl-C (the manifest says interrupted)."})
final class RunCommand implements Callable<Integer> {

    @Spec
    private CommandSpec command;

    @Mixin
    private ScenarioOptions scenario = new ScenarioOptions();

    @Option(names = "--out", paramLabel = "DIR", description = "the run directory (default: runs/RUN-ID)")
    private Path out;

    @Mixin
    private KafkaOptions kafka = new KafkaOptions();

    @Override
    public Integer call() {
        ScenarioSpec spec = scenario.resolve();
        Path directory = out != null ? out : Path.of("runs", spec.runId());
        HeadlessRun run = new HeadlessRun(spec, directory).withProgress(TerminalProgress.forTerminal(spec.name()));
        return StoppableByUser.run(run::requestStop, () -> {
            RunResult result;
            try (KafkaOptions streaming = kafka) {
                streaming.attach(run, command.commandLine().getOut());
                result = run.execute();
            }
            report(result);
            kafka.report(result, command.commandLine().getOut());
            return result.done() ? 0 : Agora.FAILED;
        });
    }

    private void report(RunResult result) {
        PrintWriter out = command.commandLine().getOut();
        PrintWriter err = command.commandLine().getErr();
        var manifest = result.manifest();
        String counts = String.format("%,d events, %s s simulated in %.2f s", manifest.eventsPublished(),
                Parameter.number(manifest.simulatedSeconds()), manifest.wallSeconds());
        if (!result.done()) {
            err.println("agora run: " + result.status().word() + ": " + Agora.oneLine(result.reason())
                    + " (" + counts + "; see " + result.directory().resolve(HeadlessRun.MANIFEST_FILE) + ")");
            return;
        }
        out.println("done: " + result.directory() + " (" + counts + ")");
        for (Map.Entry<String, Object> metric : result.summary().entrySet()) {
            Object value = metric.getValue();
            if (value == null) {
                out.println("  " + metric.getKey() + " = n/a (not applicable in this run)");
            } else if (value instanceof Number || value instanceof String || value instanceof Boolean) {
                out.println("  " + metric.getKey() + " = " + (value instanceof Double d ? Parameter.number(round(d)) : value));
            }
        }
    }

    private static double round(double value) {
        return Math.abs(value) >= 1e-3 ? Math.round(value * 1e4) / 1e4 : value;
    }
}
