package org.agora.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.agora.core.config.ConfigNode;
import org.agora.core.experiment.DistributedSweep;
import org.agora.core.experiment.Experiment;
import org.agora.core.experiment.ExperimentFile;
import org.agora.core.experiment.LocalSweep;
import org.agora.core.experiment.SweepKafka;
import org.agora.core.experiment.SweepOutcome;
import org.agora.core.experiment.SweepProgress;
import org.agora.core.experiment.SweepTopics;
import org.agora.core.experiment.SweepWorker;
import org.agora.core.kafka.LocalBroker;
import org.agora.core.scenario.ScenarioCatalog;

/**
 * The cost of the distributed path per run: the same sweep of {@value #RUNS} tiny runs (three
 * walkers for 10 s, well under a millisecond each, so that the path and not the model is timed),
 * recorded locally on one thread, and through a local broker by a coordinator and one worker
 * with one thread (in this JVM, so that both sides measure the same machine and no JVM start).
 * Alternating, {@value #PAIRS} pairs; each distributed sweep is a new sweep (new output
 * directory, new sweep id) on the same topics. Reported: the median wall time per run of each
 * path and the median of the paired differences: what the path adds to every run (publishing the
 * job, fetching it, publishing the result and waiting for its acknowledgement by the broker,
 * committing the job, collecting the result). No goal; a run of seconds hides it.
 */
public final class SweepDistributedComparison implements Comparison {

    static final int RUNS = 200;
    private static final int PAIRS = 7;

    @Override
    public String name() {
        return "SweepDistributed";
    }

    @Override
    public List<String> run() throws Exception {
        Path directory = Files.createTempDirectory("agora-sweep-distributed");
        String yaml = "scenario: test-walkers\ngrid: {mood: [calm, restless]}\nreplications: " + (RUNS / 2) + "\n";
        Experiment experiment = new ExperimentFile(ScenarioCatalog.installed())
                .parse(ConfigNode.parseYaml(yaml, "bench.yaml"), directory, "bench");
        SweepTopics topics = new SweepTopics("bench.jobs", "bench.results", 4);
        try (LocalBroker broker = LocalBroker.start(directory.resolve("broker"), 0, "1g")) {
            SweepKafka kafka = new SweepKafka(broker.bootstrap(), Map.of());
            SweepWorker worker = new SweepWorker(kafka, topics, "bench-workers", 1, directory.resolve("worker"),
                    ScenarioCatalog.installed(), line -> { });
            Thread workerThread = new Thread(worker::run, "bench-worker");
            workerThread.start();
            try {
                // warm-up: both paths once, the worker's consumer in its group
                local(experiment, directory.resolve("warm-local"));
                distributed(experiment, kafka, topics, directory.resolve("warm-distributed"));
                double[] local = new double[PAIRS];
                double[] remote = new double[PAIRS];
                double[] overhead = new double[PAIRS];
                for (int i = 0; i < PAIRS; i++) {
                    if (i % 2 == 0) {
                        local[i] = local(experiment, directory.resolve("local-" + i));
                        remote[i] = distributed(experiment, kafka, topics, directory.resolve("distributed-" + i));
                    } else {
                        remote[i] = distributed(experiment, kafka, topics, directory.resolve("distributed-" + i));
                        local[i] = local(experiment, directory.resolve("local-" + i));
                    }
                    overhead[i] = remote[i] - local[i];
                    System.out.printf(Locale.ROOT, "sweep pair %d: local %.3f ms/run, distributed %.3f ms/run%n", i + 1,
                            local[i], remote[i]);
                }
                double[] sorted = overhead.clone();
                Arrays.sort(sorted);
                List<String> lines = new ArrayList<>();
                lines.add("| path | median wall time per run |");
                lines.add("|---|---|");
                lines.add(String.format(Locale.ROOT, "| local sweep, 1 thread | %.3f ms |", median(local)));
                lines.add(String.format(Locale.ROOT, "| distributed: coordinator + 1 worker thread, local broker | %.3f ms |",
                        median(remote)));
                lines.add(String.format(Locale.ROOT, "overhead of the distributed path per run: median %.2f ms over %d pairs of "
                        + "%d-run sweeps (range %.2f … %.2f); no goal", median(overhead), PAIRS, RUNS, sorted[0],
                        sorted[sorted.length - 1]));
                return lines;
            } finally {
                worker.stop();
                workerThread.join();
            }
        } finally {
            delete(directory);
        }
    }

    /** A local sweep on one thread; its wall time per run in milliseconds. */
    private static double local(Experiment experiment, Path output) {
        return perRun(new LocalSweep(experiment.withOutput(output), 1).run(SweepProgress.NONE));
    }

    /** A distributed sweep through the broker; its wall time per run in milliseconds. */
    private static double distributed(Experiment experiment, SweepKafka kafka, SweepTopics topics, Path output) {
        return perRun(new DistributedSweep(experiment.withOutput(output), kafka, topics, false).run(SweepProgress.NONE, line -> { }));
    }

    private static double perRun(SweepOutcome outcome) {
        if (!outcome.complete() || outcome.ranNow() != RUNS) {
            throw new IllegalStateException("the benchmark sweep did not complete: " + outcome);
        }
        return outcome.wallSeconds() * 1000 / RUNS;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return Bench.median(sorted);
    }

    private static void delete(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
