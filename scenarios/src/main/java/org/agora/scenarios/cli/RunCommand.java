package org.agora.scenarios.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.agora.core.run.HeadlessRun;
import org.agora.core.run.RunResult;
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

    @Option(names = "--out", paramLabel = "DIR",
            description = "the run directory (default: runs/ENTRY-sSEED-HASH, named after the catalog entry)")
    private Path out;

    @Option(names = "--force", description = "replace the run already in the --out directory (refused without it)")
    private boolean force;

    @Mixin
    private KafkaOptions kafka = new KafkaOptions();

    @Override
    public Integer call() {
        ScenarioSpec spec = scenario.resolve(command.commandLine().getErr());
        Path directory = out != null ? out : RunDirectories.defaultFor(spec);
        if (out != null) {
            RunDirectories.prepare(out, force, "--out");
        }
        HeadlessRun run = new HeadlessRun(spec, directory).withProgress(TerminalProgress.forTerminal(spec.name()));
        return StoppableByUser.run(run::requestStop, () -> {
            RunResult result;
            try (KafkaOptions streaming = kafka) {
                streaming.attach(run, command.commandLine().getOut());
                result = run.execute();
            }
            report(spec, result);
            kafka.report(result, command.commandLine().getOut());
            return result.done() ? 0 : Agora.FAILED;
        });
    }

    private void report(ScenarioSpec spec, RunResult result) {
        PrintWriter out = command.commandLine().getOut();
        PrintWriter err = command.commandLine().getErr();
        var manifest = result.manifest();
        String counts = String.format("%,d events, %s simulated in %.2f s", manifest.eventsPublished(),
                SummaryText.simulated(spec.scenario(), manifest.simulatedSeconds()), manifest.wallSeconds());
        if (!result.done()) {
            err.println("agora run: " + result.status().word() + ": " + Agora.oneLine(result.reason())
                    + " (" + counts + "; see " + result.directory().resolve(HeadlessRun.MANIFEST_FILE) + ")");
        } else {
            out.println("done: " + result.directory() + " (" + counts + ")");
            SummaryText.lines(result.summary(), spec.scenario().metrics()).forEach(out::println);
        }
        LanguageModelText.line(manifest.model()).ifPresent(out::println);
    }
}
