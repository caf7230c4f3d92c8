package org.agora.core.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.agora.core.config.BadInputException;
import org.agora.core.kafka.LocalBroker;
import org.agora.core.kafka.RealBroker;
import org.agora.core.scenario.ScenarioCatalog;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The coordinator and a worker in this JVM, against a real broker. */
@ExtendWith(RealBroker.class)
class DistributedSweepIT {

    private static final String EXPERIMENT = """
            scenario: test-walkers
            grid: {mood: [calm, restless], interval: [0.5, 1]}
            replications: 6
            until: 20 s
            """;

    @TempDir
    Path dir;

    private final String tag = UUID.randomUUID().toString().substring(0, 8);
    private final SweepTopics topics = new SweepTopics("jobs-" + tag, "results-" + tag, 4);
    private final List<String> workerLog = new CopyOnWriteArrayList<>();

    private SweepWorker startWorker(SweepKafka kafka) {
        return startWorker(kafka, 2, workerLog);
    }

    private SweepWorker startWorker(SweepKafka kafka, int threads, List<String> log) {
        SweepWorker worker = new SweepWorker(kafka, topics, "workers-" + tag, threads, dir.resolve("worker-runs"),
                ScenarioCatalog.installed(), log::add);
        Thread thread = new Thread(worker::run, "test-worker");
        thread.start();
        return worker;
    }

    private static List<ConsumerRecord<byte[], byte[]>> everything(LocalBroker broker, String topic) {
        Map<String, Object> config = new SweepKafka(broker.bootstrap(), Map.of()).consumer("test-reader", Map.of(),
                Map.of(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"));
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }

    @Test
    void aCoordinatorStoppedAndStartedAgainRecordsEveryRunOnceAndPublishesNoJobTwice(LocalBroker broker) throws Exception {
        SweepKafka kafka = new SweepKafka(broker.bootstrap(), Map.of());
        Experiment experiment = Experiments.parse(EXPERIMENT).withOutput(dir.resolve("out"));
        // a stray message on the jobs topic must not stop the workers
        kafka.ensureTopics(topics);
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(kafka.producer("test", 0))) {
            producer.send(new ProducerRecord<>(topics.jobs(), 0, null, "not a job".getBytes(StandardCharsets.UTF_8))).get();
        }
        SweepWorker worker = startWorker(kafka);
        try {
            DistributedSweep first = new DistributedSweep(experiment, kafka, topics, false);
            List<String> notes = new ArrayList<>();
            SweepOutcome stopped = first.run(new SweepProgress() {
                @Override
                public void started(int runs, int recorded) {
                }

                @Override
                public void recorded(RunRecord record, int recorded, int failed) {
                    if (recorded == 5) {
                        first.requestStop();
                    }
                }
            }, notes::add);
            assertThat(stopped.complete()).isFalse();
            assertThat(stopped.recorded()).isGreaterThanOrEqualTo(5).isLessThan(24);
            assertThat(notes.get(0)).startsWith("published 24 jobs to jobs-" + tag + " at " + broker.bootstrap());

            List<String> againNotes = new ArrayList<>();
            SweepOutcome again = new DistributedSweep(experiment, kafka, topics, false).run(SweepProgress.NONE, againNotes::add);
            assertThat(againNotes.get(0)).contains("were published by an earlier start; waiting for their results");
            assertThat(again.complete()).isTrue();
            assertThat(again.recorded()).isEqualTo(24);
            List<RunRecord> records = Files.readAllLines(experiment.output().resolve(SweepDirectory.RESULTS_JSONL)).stream()
                    .map(RunRecord::fromJson).toList();
            assertThat(records).extracting(RunRecord::run).containsExactlyElementsOf(
                    java.util.stream.IntStream.range(0, 24).boxed().toList());
            assertThat(records).allSatisfy(record -> assertThat(record.worker()).isEqualTo(worker.id()));

            String sweep = org.agora.core.run.JsonFiles.mapper()
                    .readTree(experiment.output().resolve(SweepDirectory.SWEEP_FILE).toFile()).path("sweep").asText();
            long jobs = everything(broker, topics.jobs()).stream()
                    .filter(m -> new String(m.value(), StandardCharsets.UTF_8).contains("\"sweep\":\"" + sweep + "\"")).count();
            assertThat(jobs).as("jobs of the sweep on the topic").isEqualTo(24);
            assertThat(workerLog).anyMatch(line -> line.contains("skipped a message of jobs-" + tag + "-0 at offset 0 that is not a job"));

            Experiment local = Experiments.parse(EXPERIMENT).withOutput(dir.resolve("local"));
            new LocalSweep(local, 2).run(SweepProgress.NONE);
            assertThat(Files.readString(experiment.output().resolve(SweepDirectory.AGGREGATE_CSV)))
                    .isEqualTo(Files.readString(local.output().resolve(SweepDirectory.AGGREGATE_CSV)));
        } finally {
            worker.stop();
        }
    }

    @Test
    void aWorkerThatJoinsInTheMiddleOfASweepTakesPartAndOneThatLeavesHandsOverItsJobs(LocalBroker broker) throws Exception {
        Files.writeString(dir.resolve("crowd.yaml"), """
                scenario: test-walkers
                until: 300 s
                parameters: {interval: 500 ms}
                population: [{kind: walker, count: 1000}]
                """);
        Experiment experiment = Experiments.parse("scenario: crowd.yaml\ngrid: {mood: [calm, restless]}\nreplications: 12\n"
                + "metrics: [meanPosition]\n", dir).withOutput(dir.resolve("joined"));
        SweepKafka kafka = new SweepKafka(broker.bootstrap(), Map.of("session.timeout.ms", "6000", "heartbeat.interval.ms", "1500"));
        List<String> firstLog = new CopyOnWriteArrayList<>();
        List<String> secondLog = new CopyOnWriteArrayList<>();
        SweepWorker first = startWorker(kafka, 1, firstLog);
        SweepWorker[] second = new SweepWorker[1];
        try {
            SweepOutcome outcome = new DistributedSweep(experiment, kafka, topics, false).run(new SweepProgress() {
                @Override
                public void started(int runs, int recorded) {
                }

                @Override
                public void recorded(RunRecord record, int recorded, int failed) {
                    if (recorded == 3) {
                        second[0] = startWorker(kafka, 1, secondLog);
                    }
                    if (recorded == 12) {
                        // the first worker leaves; what it has not committed goes to the second
                        first.stop();
                    }
                }
            }, line -> { });
            assertThat(outcome.complete()).isTrue();
            assertThat(outcome.recorded()).isEqualTo(24);
            assertThat(secondLog).as("the worker that joined ran runs").anyMatch(line -> line.matches("run \\S+ done in .*"));
            assertThat(firstLog).as("the worker that left said so").anyMatch(line -> line.endsWith(": stopped"));
        } finally {
            first.stop();
            if (second[0] != null) {
                second[0].stop();
            }
        }
    }

    @Test
    void noBrokerIsBadInputBeforeAnythingIsWritten() {
        Experiment experiment = Experiments.parse(EXPERIMENT).withOutput(dir.resolve("never"));
        DistributedSweep sweep = new DistributedSweep(experiment, new SweepKafka("127.0.0.1:1", Map.of()), topics, false);
        assertThatThrownBy(() -> sweep.run(SweepProgress.NONE, line -> { })).isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("--kafka: no Kafka broker at 127.0.0.1:1 (");
        assertThat(dir.resolve("never")).doesNotExist();
    }
}
