package org.agora.core.experiment;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.agora.core.run.JsonFiles;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;

/**
 * The coordinator of a sweep shared by workers through Kafka ({@link SweepWorker}). It opens the
 * output directory as a local sweep does (continuing what is recorded), publishes one job per
 * run not yet recorded to the jobs topic, and records the results it reads from the results
 * topic, exactly one per run: a second result of a run (a job done twice, because a worker died
 * after publishing its result and before committing its job) is ignored. It finishes when every
 * run is in, and writes the same files as a local sweep.
 *
 * <p>Restarted, it publishes no job again (the output directory notes that they were
 * published, in {@value #JOBS_FILE}) and reads the results topic from its start, so that results
 * that came while it was away are recorded too.
 *
 * <p>Threading: {@link #run} blocks the calling thread; {@link #requestStop} may be called from
 * any thread.
 */
public final class DistributedSweep {

    /** The note, in the output directory, that the jobs of the pending runs were published. */
    public static final String JOBS_FILE = "jobs.json";

    private static final Duration POLL = Duration.ofMillis(500);

    private final Experiment experiment;
    private final SweepKafka kafka;
    private final SweepTopics topics;
    private final boolean republish;
    private volatile boolean stopping;
    private volatile KafkaConsumer<byte[], byte[]> consumer;

    /**
     * @param experiment what to run
     * @param kafka where the broker is
     * @param topics the jobs and results topics
     * @param republish publish the jobs of the pending runs even if an earlier start did
     */
    public DistributedSweep(Experiment experiment, SweepKafka kafka, SweepTopics topics, boolean republish) {
        this.experiment = experiment;
        this.kafka = kafka;
        this.topics = topics;
        this.republish = republish;
    }

    /** Asks the coordinator to stop waiting for results; the jobs stay in Kafka. Thread-safe. */
    public void requestStop() {
        stopping = true;
        KafkaConsumer<byte[], byte[]> reading = consumer;
        if (reading != null) {
            try {
                reading.wakeup();
            } catch (IllegalStateException closedMeanwhile) {
                // the coordinator has stopped reading already
            }
        }
    }

    /**
     * Publishes the jobs of the runs not yet recorded and records results until every run is in
     * (or {@link #requestStop} is called).
     *
     * @param notes hears a line now and then: jobs published, results skipped
     * @throws org.agora.core.config.BadInputException if no broker answers, or the output
     *     directory holds another sweep (before anything is published)
     * @throws DiskFullException if the output directory's disk filled up (the results already
     *     in the results topic are recorded by the next start)
     */
    public SweepOutcome run(SweepProgress progress, Consumer<String> notes) {
        long start = System.nanoTime();
        int partitions = kafka.ensureTopics(topics);
        try (SweepDirectory directory = SweepDirectory.open(experiment)) {
            try {
                return publishAndCollect(directory, partitions, progress, notes, start);
            } catch (RuntimeException e) {
                throw directory.stoppedByAFullDisk(e);
            }
        }
    }

    private SweepOutcome publishAndCollect(SweepDirectory directory, int partitions, SweepProgress progress,
            Consumer<String> notes, long start) {
        int[] pending = directory.pending();
        if (pending.length > 0) {
            publish(directory, pending, partitions, notes);
        }
        progress.started(experiment.runCount(), directory.recordedCount());
        int ranNow;
        try {
            ranNow = collect(directory, progress, notes);
        } finally {
            progress.ended();
        }
        ChartFiles charts = ChartFiles.none("no charts: the sweep is not complete");
        if (directory.complete()) {
            List<RunRecord> records = directory.finish();
            charts = SweepCharts.draw(experiment, records, directory.path().resolve(SweepDirectory.CHARTS), () -> stopping);
        }
        boolean complete = directory.complete() && !stopping;
        if (complete) {
            directory.markComplete();
        } else if (stopping) {
            directory.markInterrupted();
        }
        return new SweepOutcome(directory.path(), experiment.runCount(), directory.recordedBefore(), ranNow,
                directory.failedCount(), complete, (System.nanoTime() - start) / 1e9, charts);
    }

    private void publish(SweepDirectory directory, int[] pending, int partitions, Consumer<String> notes) {
        Path ledger = directory.path().resolve(JOBS_FILE);
        if (!republish && publishedBefore(ledger, directory.sweepId())) {
            notes.accept("the jobs of the " + pending.length + " runs not recorded were published by an earlier start; "
                    + "waiting for their results");
            return;
        }
        AtomicReference<Exception> failure = new AtomicReference<>();
        int stride = stride(partitions);
        try (Producer<byte[], byte[]> producer = new KafkaProducer<>(kafka.producer("agora-coordinator", 20))) {
            for (int run : pending) {
                if (stopping) {
                    return;
                }
                SweepJob job = SweepJob.of(directory.sweepId(), experiment, experiment.run(run));
                producer.send(new ProducerRecord<>(topics.jobs(), partitionOf(run, partitions, stride),
                        job.key().getBytes(StandardCharsets.UTF_8),
                        job.toJson()), (metadata, e) -> {
                            if (e != null) {
                                failure.compareAndSet(null, e);
                            }
                        });
            }
            producer.flush();
        }
        if (failure.get() != null) {
            throw new IllegalStateException("cannot publish the jobs to " + topics.jobs() + ": " + failure.get().getMessage(),
                    failure.get());
        }
        Map<String, Object> note = new LinkedHashMap<>();
        note.put("sweep", directory.sweepId());
        note.put("bootstrap", kafka.bootstrap());
        note.put("jobsTopic", topics.jobs());
        note.put("resultsTopic", topics.results());
        note.put("jobs", pending.length);
        note.put("published", Instant.now().toString());
        JsonFiles.write(ledger, note);
        notes.accept("published " + pending.length + " jobs to " + topics.jobs() + " at " + kafka.bootstrap()
                + "; waiting for workers (agora worker --kafka " + kafka.bootstrap() + ")");
    }

    /**
     * The partition of run {@code run}: {@code (run × stride) mod partitions}. The stride is prime
     * to the partition count, so every block of that many consecutive runs fills each partition
     * once, and near 0.618 of it, so that consecutive runs land far apart: whichever partitions
     * a worker is given, it finds a fair share of the runs there, even in a sweep with fewer
     * runs than partitions.
     */
    static int partitionOf(int run, int partitions, int stride) {
        return (int) ((long) run * stride % partitions);
    }

    /** The stride of {@link #partitionOf}: the number prime to {@code partitions} nearest its golden section. */
    static int stride(int partitions) {
        int target = (int) Math.round(partitions * 0.6180339887);
        for (int distance = 0; distance <= partitions; distance++) {
            for (int candidate : new int[] {target - distance, target + distance}) {
                if (candidate >= 1 && candidate <= partitions && java.math.BigInteger.valueOf(candidate)
                        .gcd(java.math.BigInteger.valueOf(partitions)).intValue() == 1) {
                    return candidate;
                }
            }
        }
        return 1;
    }

    private boolean publishedBefore(Path ledger, String sweepId) {
        if (!Files.isRegularFile(ledger)) {
            return false;
        }
        try {
            var note = JsonFiles.mapper().readTree(ledger.toFile());
            return sweepId.equals(note.path("sweep").asText()) && topics.jobs().equals(note.path("jobsTopic").asText());
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /** Records results until every run is in or the coordinator is stopped; returns how many it recorded. */
    private int collect(SweepDirectory directory, SweepProgress progress, Consumer<String> notes) {
        int recorded = 0;
        Map<String, Object> settings = Map.of(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<byte[], byte[]> reading = new KafkaConsumer<>(
                kafka.consumer("agora-coordinator-" + directory.sweepId(), Map.of(), settings))) {
            consumer = reading;
            if (stopping || directory.complete()) {
                return 0;
            }
            List<TopicPartition> partitions = new ArrayList<>();
            for (PartitionInfo info : reading.partitionsFor(topics.results())) {
                partitions.add(new TopicPartition(info.topic(), info.partition()));
            }
            reading.assign(partitions);
            reading.seekToBeginning(partitions);
            while (!stopping && !directory.complete()) {
                ConsumerRecords<byte[], byte[]> records;
                try {
                    records = reading.poll(POLL);
                } catch (WakeupException e) {
                    break;
                }
                for (ConsumerRecord<byte[], byte[]> message : records) {
                    SweepResult result;
                    try {
                        result = SweepResult.fromJson(message.value());
                    } catch (IllegalArgumentException e) {
                        notes.accept("skipped a message of " + message.topic() + "-" + message.partition() + " at offset "
                                + message.offset() + ": " + e.getMessage());
                        continue;
                    }
                    if (!result.sweep().equals(directory.sweepId())) {
                        continue;
                    }
                    try {
                        if (directory.record(result.record())) {
                            recorded++;
                            progress.recorded(result.record(), directory.recordedCount(), directory.failedCount());
                        }
                    } catch (IllegalArgumentException e) {
                        notes.accept("skipped the result " + result.key() + ": " + e.getMessage());
                    }
                }
            }
        } finally {
            consumer = null;
        }
        return recorded;
    }
}
