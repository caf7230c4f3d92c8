package org.agora.core.experiment;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.agora.core.run.RunStatus;
import org.agora.core.scenario.ScenarioCatalog;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.CooperativeStickyAssignor;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;

/**
 * A worker of distributed sweeps: runs jobs from the jobs topic until stopped, any sweep's.
 * Each of its threads is a consumer in one consumer group (Kafka shares the jobs topic's
 * partitions among all the workers' consumers) that takes one job at a time: it pauses its
 * partitions, runs the job beside the consumer (which keeps polling, so the group does not
 * think it dead however long the run), publishes the result, waits until the broker has
 * acknowledged it, and only then commits the job (without waiting for the commit itself). A worker killed in the middle of a run has not
 * committed its job, so after the group's session timeout the job goes to another consumer and is
 * run again; the coordinator keeps one result per run.
 *
 * <p>Threading: {@link #run} blocks the calling thread until {@link #stop} is called from another
 * (a shutdown hook).
 */
public final class SweepWorker {

    /** How long a silent worker stays in the group: its jobs wait this long for another after a crash. */
    static final int SESSION_TIMEOUT_MS = 10_000;

    private static final Duration POLL = Duration.ofMillis(200);

    private final SweepKafka kafka;
    private final SweepTopics topics;
    private final String group;
    private final int threads;
    private final Path runs;
    private final ScenarioCatalog catalog;
    private final Consumer<String> log;
    private final String id;
    private final Set<KafkaConsumer<byte[], byte[]>> consumers = ConcurrentHashMap.newKeySet();
    private final Set<RunExecutor> executors = ConcurrentHashMap.newKeySet();
    private final AtomicReference<DiskFullException> diskFull = new AtomicReference<>();
    private volatile boolean stopping;

    /**
     * @param kafka where the broker is
     * @param topics the jobs and results topics
     * @param group the consumer group all workers of a sweep share
     * @param threads jobs at once (&ge; 1)
     * @param runs where run directories go, under the sweep's id, for sweeps with run events
     * @param catalog the scenarios this worker can run
     * @param log hears one line per job started and ended (from several threads, one at a time)
     */
    public SweepWorker(SweepKafka kafka, SweepTopics topics, String group, int threads, Path runs, ScenarioCatalog catalog,
            Consumer<String> log) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        this.kafka = kafka;
        this.topics = topics;
        this.group = group;
        this.threads = threads;
        this.runs = runs;
        this.catalog = catalog;
        this.log = line -> {
            synchronized (this) {
                log.accept(line);
            }
        };
        this.id = hostName() + "/" + ProcessHandle.current().pid();
    }

    /** Who this worker is in the results: {@code host/pid}. */
    public String id() {
        return id;
    }

    /** Stops the worker: runs in progress are abandoned and not committed, so other workers redo them. Thread-safe. */
    public void stop() {
        stopping = true;
        executors.forEach(RunExecutor::stop);
        consumers.forEach(KafkaConsumer::wakeup);
    }

    /**
     * Runs jobs until {@link #stop} is called, or until a run finds its disk full: that stops the
     * worker as it would stop a local sweep, and the job is left uncommitted, to another worker
     * or to this one started again once there is room.
     *
     * @throws org.agora.core.config.BadInputException if no broker answers at the start
     * @throws DiskFullException if a run's disk filled up, saying which run and where
     */
    public void run() {
        kafka.ensureTopics(topics);
        log.accept("worker " + id + ": " + threads + (threads == 1 ? " thread" : " threads") + " in group " + group + " at "
                + kafka.bootstrap() + ", jobs from " + topics.jobs() + ", results to " + topics.results());
        try (Producer<byte[], byte[]> producer = new KafkaProducer<>(kafka.producer("agora-worker-" + id, 0))) {
            List<Thread> loops = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                JobLoop loop = new JobLoop(t, producer);
                Thread thread = new Thread(loop::run, "agora-worker-" + (t + 1));
                loops.add(thread);
                thread.start();
            }
            for (Thread thread : loops) {
                joinUninterruptibly(thread);
            }
        }
        log.accept("worker " + id + ": stopped");
        if (diskFull.get() != null) {
            throw diskFull.get();
        }
    }

    private static void joinUninterruptibly(Thread thread) {
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** One consumer and the job it is running. Confined to its thread (and its runner). */
    private final class JobLoop implements ConsumerRebalanceListener {

        private final int index;
        private final Producer<byte[], byte[]> producer;
        private final ExecutorService runner;
        private KafkaConsumer<byte[], byte[]> consumer;
        private Running current;

        /** A job in progress: its message, the job, and the run's outcome to come. */
        private record Running(ConsumerRecord<byte[], byte[]> message, SweepJob job, Future<Optional<RunRecord>> outcome) {
            TopicPartition partition() {
                return new TopicPartition(message.topic(), message.partition());
            }
        }

        JobLoop(int index, Producer<byte[], byte[]> producer) {
            this.index = index;
            this.producer = producer;
            this.runner = Executors.newSingleThreadExecutor(r -> new Thread(r, "agora-worker-run-" + (index + 1)));
        }

        void run() {
            Map<String, Object> defaults = Map.of(
                    ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, Integer.toString(SESSION_TIMEOUT_MS),
                    ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, Integer.toString(SESSION_TIMEOUT_MS / 4),
                    ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
            Map<String, Object> required = Map.of(
                    ConsumerConfig.GROUP_ID_CONFIG, group,
                    ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                    ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "1",
                    ConsumerConfig.PARTITION_ASSIGNMENT_STRATEGY_CONFIG, CooperativeStickyAssignor.class.getName());
            try (KafkaConsumer<byte[], byte[]> opened = new KafkaConsumer<>(
                    kafka.consumer("agora-worker-" + id + "-" + (index + 1), defaults, required))) {
                consumer = opened;
                consumers.add(opened);
                if (stopping) {
                    return;
                }
                opened.subscribe(List.of(topics.jobs()), this);
                while (!stopping) {
                    poll();
                    if (current != null && current.outcome().isDone()) {
                        finish(current);
                        current = null;
                        consumer.resume(consumer.paused());
                    }
                }
                if (current != null && current.outcome().isDone()) {
                    finish(current);
                }
            } finally {
                consumers.remove(consumer);
                runner.shutdownNow();
            }
        }

        private void poll() {
            try {
                for (ConsumerRecord<byte[], byte[]> message : consumer.poll(POLL)) {
                    TopicPartition partition = new TopicPartition(message.topic(), message.partition());
                    if (current == null) {
                        start(message);
                    } else {
                        // one job at a time: this one waits in its partition for the next poll after the current job
                        consumer.seek(partition, message.offset());
                        consumer.pause(Set.of(partition));
                    }
                }
            } catch (WakeupException e) {
                // a job ended, or the worker is stopping: the loop looks at both
            }
        }

        private void start(ConsumerRecord<byte[], byte[]> message) {
            SweepJob job;
            try {
                job = SweepJob.fromJson(message.value());
            } catch (IllegalArgumentException e) {
                log.accept("skipped a message of " + message.topic() + "-" + message.partition() + " at offset "
                        + message.offset() + " that is not a job: " + e.getMessage());
                commit(new TopicPartition(message.topic(), message.partition()), message.offset(), "the skipped message");
                return;
            }
            consumer.pause(consumer.assignment());
            log.accept("run " + job.key() + " started");
            CompletableFuture<Optional<RunRecord>> outcome = CompletableFuture.supplyAsync(() -> execute(job), runner);
            KafkaConsumer<byte[], byte[]> polling = consumer;
            outcome.whenComplete((record, failure) -> {
                try {
                    polling.wakeup();
                } catch (IllegalStateException closed) {
                    // the worker stopped meanwhile
                }
            });
            current = new Running(message, job, outcome);
        }

        private Optional<RunRecord> execute(SweepJob job) {
            PlannedRun planned;
            try {
                planned = job.resolve(catalog);
            } catch (IllegalArgumentException e) {
                return Optional.of(new RunRecord(job.run(), job.point(), job.replication(), job.seed(), job.varied(),
                        RunStatus.FAILED, Map.of(), e.getMessage(), 0, job.runId(), null));
            }
            RunExecutor executor = new RunExecutor(job.metrics(), runs.resolve(job.sweep()).resolve(SweepDirectory.RUNS),
                    job.runs(), job.events());
            executors.add(executor);
            try {
                if (stopping) {
                    executor.stop();
                }
                return executor.execute(planned);
            } finally {
                executors.remove(executor);
            }
        }

        /** Publishes the job's result, waits for the broker's acknowledgement, then commits the job. */
        private void finish(Running running) {
            Optional<RunRecord> outcome;
            try {
                outcome = running.outcome().get();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof DiskFullException full) {
                    leaveForAnotherWorker(running.job(), full);
                    return;
                }
                outcome = Optional.of(new RunRecord(running.job().run(), running.job().point(), running.job().replication(),
                        running.job().seed(), running.job().varied(), RunStatus.FAILED, Map.of(),
                        "the worker failed: " + e.getCause(), 0, running.job().runId(), null));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (outcome.isEmpty()) {
                log.accept("run " + running.job().key() + " abandoned (the worker is stopping); another worker will run it");
                return;
            }
            RunRecord record = outcome.get().withWorker(id);
            SweepResult result = new SweepResult(running.job().sweep(), record);
            Future<?> acknowledged = producer.send(new ProducerRecord<>(topics.results(),
                    result.key().getBytes(StandardCharsets.UTF_8), result.toJson()));
            if (!awaitAcknowledgement(acknowledged, running.job())) {
                return;
            }
            commit(running.partition(), running.message().offset(), "run " + running.job().key());
            log.accept(String.format(Locale.ROOT, "run %s %s in %.2f s%s", running.job().key(), record.status().word(),
                    record.wallSeconds(), record.done() ? "" : ": " + record.error()));
        }

        /**
         * A full disk is no fault of the run: the job is not committed, so it goes to another
         * worker (or to this one again), and the worker stops, since its next runs would find
         * the disk as full.
         */
        private void leaveForAnotherWorker(SweepJob job, DiskFullException full) {
            log.accept("run " + job.key() + " not recorded (the disk is full); the worker stops and leaves the job to another");
            diskFull.compareAndSet(null, new DiskFullException("run " + job.key() + " not recorded: " + full.reason()
                    + "; its job is left to another worker; make room and start the worker again", full.reason()));
            stop();
        }

        /** Waits (as long as the broker is away, unless the worker stops) until the result is acknowledged. */
        private boolean awaitAcknowledgement(Future<?> acknowledged, SweepJob job) {
            while (true) {
                try {
                    acknowledged.get(1, TimeUnit.SECONDS);
                    return true;
                } catch (TimeoutException e) {
                    if (stopping) {
                        log.accept("run " + job.key() + ": result not acknowledged before the worker stopped; another worker will run it");
                        return false;
                    }
                } catch (ExecutionException e) {
                    log.accept("run " + job.key() + ": the result could not be published (" + e.getCause().getMessage()
                            + "); another worker will run it");
                    return false;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        }

        /**
         * Commits the message at {@code offset} as done. The commit goes out after the result's
         * acknowledgement and the next job need not wait for it: if it is lost (the worker dies
         * first, the partition moves), the job is merely done again and the coordinator keeps one
         * result. (A synchronous commit cost a round trip to the group coordinator on every run.)
         */
        private void commit(TopicPartition partition, long offset, String what) {
            consumer.commitAsync(Map.of(partition, new OffsetAndMetadata(offset + 1)), (offsets, failure) -> {
                if (failure != null) {
                    log.accept(what + ": not committed (" + failure.getClass().getSimpleName() + "); it may run again");
                }
            });
        }

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            // a job in progress goes on; if its partition went elsewhere its commit fails and it runs there again
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            if (current != null) {
                consumer.pause(partitions);
            }
        }
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
