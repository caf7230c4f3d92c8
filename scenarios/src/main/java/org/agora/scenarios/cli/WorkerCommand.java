package org.agora.scenarios.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.agora.core.config.BadInputException;
import org.agora.core.experiment.DiskFullException;
import org.agora.core.experiment.SweepKafka;
import org.agora.core.experiment.SweepTopics;
import org.agora.core.experiment.SweepWorker;
import org.agora.core.run.OutputDirectory;
import org.agora.core.scenario.ScenarioCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code agora worker}: runs the jobs of distributed sweeps from Kafka until stopped. */
@Command(name = "worker", mixinStandardHelpOptions = true,
        description = {"Run the jobs of distributed sweeps (agora sweep --distributed) from Kafka until stopped (Ctrl-C).",
            "Any number of workers, on any machines, share the jobs; a job is committed only after its result is acknowledged, "
                + "so the run of a worker that dies is done again by another.",
            "Prints a line per run started and ended. A full disk stops the worker (exit 1) and leaves its run's job to another worker."})
final class WorkerCommand implements Callable<Integer> {

    @Spec
    private CommandSpec command;

    @Mixin
    private SweepKafkaOptions kafka;

    @Option(names = "--threads", paramLabel = "N", description = "runs at once (default: the number of cores, ${DEFAULT-VALUE})")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--group", paramLabel = "NAME", description = "the consumer group the workers share (default: ${DEFAULT-VALUE})")
    private String group = "agora-workers";

    @Option(names = "--out", paramLabel = "DIR",
            description = "where runs of sweeps with 'events: true' write their run directories (default: ${DEFAULT-VALUE})")
    private Path out = Path.of("sweeps");

    @Override
    public Integer call() {
        if (threads < 1) {
            throw BadInputException.at("--threads", 0, null, "must be at least 1 (was " + threads + ")");
        }
        OutputDirectory.checkPath(out, "--out");
        if (Files.isDirectory(out)) {
            // a directory it cannot write would fail every run with events it takes; one that does not exist yet is made by the first
            OutputDirectory.create(out, "--out");
        }
        if (group.isBlank()) {
            throw BadInputException.at("--group", 0, null, "the group name is empty");
        }
        SweepKafka broker = kafka.kafka();
        SweepTopics topics = kafka.topics();
        PrintWriter printer = command.commandLine().getOut();
        SweepWorker worker = new SweepWorker(broker, topics, group, threads, out, ScenarioCatalog.installed(), line -> {
            printer.println(line);
            printer.flush();
        });
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            worker.stop();
            try {
                stopped.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "agora-worker-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            worker.run();
        } catch (DiskFullException e) {
            command.commandLine().getErr().println("agora worker: failed: " + e.getMessage());
            return Agora.FAILED;
        } finally {
            stopped.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the JVM is exiting because of the signal; the hook has done its part
            }
        }
        return 0;
    }
}
