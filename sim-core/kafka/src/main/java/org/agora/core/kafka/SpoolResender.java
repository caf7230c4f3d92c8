package org.agora.core.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.agora.core.config.BadInputException;
import org.agora.core.run.HeadlessRun;
import org.agora.core.run.JsonFiles;
import org.agora.core.run.RunProcess;
import org.agora.core.run.RunStatus;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Sends the spool a run left behind ({@value KafkaSink#SPOOL_FILE}) to Kafka, completing the topic
 * with each event exactly once: the events the run never handed to Kafka are sent; the ones it
 * handed over without hearing back ("unconfirmed": the broker may have written them) are first
 * looked for in the topic, from their send time on, and sent only if absent. The spool goes
 * through a {@link KafkaSink}, so what this resend cannot deliver stays spooled for the next one;
 * the run's manifest is updated (and a run that failed only for want of delivery becomes done).
 */
public final class SpoolResender {

    /** How far before the first unconfirmed send the topic is searched (clocks of other machines, log append time). */
    private static final Duration SEARCH_MARGIN = Duration.ofMinutes(5);

    private SpoolResender() {
    }

    /**
     * What a resend did.
     *
     * @param spooled events in the spool before
     * @param alreadyInTopic unconfirmed events found in the topic, not sent again
     * @param acknowledged events sent and acknowledged now
     * @param stillSpooled events left in the spool (0 if the topic is complete)
     * @param topic the topic
     * @param killed for a run killed while it spooled, what the resend recovered from what it left
     *     and what it could not; null otherwise
     */
    public record Outcome(long spooled, long alreadyInTopic, long acknowledged, long stillSpooled, String topic,
            String killed) {

        /** What a resend did without a killed run. */
        public Outcome(long spooled, long alreadyInTopic, long acknowledged, long stillSpooled, String topic) {
            this(spooled, alreadyInTopic, acknowledged, stillSpooled, topic, null);
        }
    }

    /** The spool a resend sends from; left behind if the resend is stopped half-way. */
    static final String RESENDING_FILE = "kafka-spool.resending.jsonl";

    /**
     * Resends the spool of {@code runDirectory}.
     *
     * @param bootstrap HOST:PORT, or null for the address the run used
     * @param topic the topic, or null for the run's
     * @param clientProperties the user's Kafka client properties (security)
     * @param drainTimeout how long to wait for Kafka's acknowledgements
     * @throws BadInputException if there is no spool, or the broker cannot be reached
     */
    public static Outcome resend(Path runDirectory, String bootstrap, String topic, Map<String, String> clientProperties,
            Duration drainTimeout) {
        Path metadataFile = runDirectory.resolve(KafkaSink.SPOOL_METADATA);
        if (!Files.exists(metadataFile)) {
            throw BadInputException.at(runDirectory.toString(), 0, null, "no Kafka spool here (no "
                    + KafkaSink.SPOOL_METADATA + "): nothing to resend");
        }
        JsonNode metadata = read(metadataFile);
        boolean open = KafkaSink.OPEN.equals(metadata.path("state").asText());
        Path spoolFile = runDirectory.resolve(metadata.path("spool").asText(KafkaSink.SPOOL_FILE));
        if (!open && !Files.exists(spoolFile)) {
            throw BadInputException.at(spoolFile.toString(), 0, null, "the spool named by " + KafkaSink.SPOOL_METADATA + " is missing");
        }
        KafkaSettings settings = KafkaSettings.to(bootstrap != null ? bootstrap : metadata.path("bootstrap").asText())
                .withTopic(topic != null ? topic : metadata.path("topic").asText(KafkaSettings.DEFAULT_TOPIC))
                .withPartitions(metadata.path("partitions").asInt(KafkaSettings.DEFAULT_PARTITIONS))
                .withClientProperties(clientProperties);
        settings = settings.withLimits(settings.holdBytes(), settings.holdPatience(), settings.connectTimeout(), drainTimeout);
        ClientProperties.checkTogether(clientProperties, "--kafka-property");
        RecordLabels labels = new RecordLabels(metadata.path("run").asText(), metadata.path("scenario").asText(),
                metadata.path("seed").asLong(), execution(metadata, runDirectory));
        int partitions;
        try {
            partitions = TopicSetup.ensureTopic(settings);
        } catch (TopicSetup.UnreachableException e) {
            throw BadInputException.at("--kafka", 0, null, e.getMessage());
        }

        String process = metadata.path("process").asText(null);
        if (open && RunProcess.standing(process) == RunProcess.Standing.ALIVE) {
            throw BadInputException.at(runDirectory.toString(), 0, null, "the run is still running (process " + process
                    + ") and spooling; resend once it has ended");
        }
        List<byte[]> events;
        int unconfirmed;
        KilledRunSpool killed = null;
        if (open) {
            killed = KilledRunSpool.read(runDirectory, spoolFile.getFileName().toString(), labels.runId());
            events = killed.events();
            unconfirmed = events.size();
        } else {
            events = readSpool(spoolFile, labels.runId());
            unconfirmed = (int) Math.min(events.size(), metadata.path("unconfirmed").asLong(0));
        }
        Path resending = runDirectory.resolve(RESENDING_FILE);
        // a resend killed half-way left its own open spool, with send times later than the run's: search the whole topic
        Instant since = open && Files.exists(resending) ? Instant.EPOCH : since(metadata);
        long countFrom = killed == null ? Long.MAX_VALUE : killed.firstSeq();
        TopicScan scan = unconfirmed == 0 ? new TopicScan(Set.of(), 0)
                : alreadyInTopic(settings, labels, events.subList(0, unconfirmed), since, countFrom);
        Set<Long> present = scan.found();

        if (Files.exists(spoolFile)) {
            move(spoolFile, resending);
        }
        KafkaSink sink = new KafkaSink(KafkaSink.createProducer(settings), partitions, settings, labels, runDirectory);
        long skipped = 0;
        try {
            for (int i = 0; i < events.size(); i++) {
                byte[] json = events.get(i);
                if (i < unconfirmed && present.contains(EventLabel.of(json).seq())) {
                    skipped++;
                    continue;
                }
                sink.acceptEncoded(json);
            }
        } finally {
            sink.close();
        }
        delete(resending);
        if (open) {
            KilledRunSpool.OTHER_SPOOLS.forEach(name -> delete(runDirectory.resolve(name)));
        }
        Outcome outcome = new Outcome(events.size(), skipped, sink.acknowledged(), sink.spooled(), settings.topic(),
                killed == null ? null : describe(killed, process));
        // a killed run's own count is lost; every event before its first spooled one had been acknowledged
        updateManifest(runDirectory, outcome, killed == null ? -1 : killed.firstSeq() + scan.distinctFrom() - scan.found().size());
        return outcome;
    }

    /** What a killed run left, what this resend recovered from it and what it could not. */
    private static String describe(KilledRunSpool killed, String process) {
        StringBuilder text = new StringBuilder("the run was killed");
        if (process != null) {
            text.append(" (process ").append(process).append(')');
        }
        text.append(String.format(" while it spooled: %,d events recovered from its spool", killed.events().size() - killed.fromEventsFile()));
        if (killed.fromEventsFile() > 0) {
            text.append(String.format(" and %,d from its events file", killed.fromEventsFile()));
        }
        if (killed.torn() > 0) {
            text.append(String.format(", %,d torn last lines left out", killed.torn()));
        }
        if (!killed.missing().isEmpty()) {
            text.append("; not recoverable (in no file it left): seq ").append(String.join(", ", killed.missing()));
        }
        long last = killed.firstSeq() + killed.events().size() + countMissing(killed) - 1;
        text.append("; events after seq ").append(last).append(", if any, were accepted after its last write and are lost");
        return text.toString();
    }

    private static long countMissing(KilledRunSpool killed) {
        long count = 0;
        for (String range : killed.missing()) {
            int dash = range.indexOf('–');
            count += dash < 0 ? 1 : Long.parseLong(range.substring(dash + 1)) - Long.parseLong(range.substring(0, dash)) + 1;
        }
        return count;
    }

    private static Instant since(JsonNode metadata) {
        JsonNode since = metadata.path("unconfirmedSince");
        return since.isTextual() ? Instant.parse(since.asText()).minus(SEARCH_MARGIN) : Instant.EPOCH;
    }

    /**
     * What a search of the topic found.
     *
     * @param found the seqs of the candidates the topic holds
     * @param distinctFrom how many distinct events of the run with a seq at or after the count's start it holds
     */
    private record TopicScan(Set<Long> found, long distinctFrom) {
    }

    /**
     * The execution whose spool this is: from the spool's metadata, else from the run's manifest;
     * null for a spool written before executions had ids (its events are then resent without one).
     */
    private static String execution(JsonNode metadata, Path runDirectory) {
        if (metadata.path(RecordLabels.EXECUTION).isTextual()) {
            return metadata.path(RecordLabels.EXECUTION).asText();
        }
        Path manifest = runDirectory.resolve(HeadlessRun.MANIFEST_FILE);
        if (Files.isRegularFile(manifest)) {
            JsonNode execution = read(manifest).path("sinks").path(KafkaSink.NAME).path(RecordLabels.EXECUTION);
            if (execution.isTextual()) {
                return execution.asText();
            }
        }
        return null;
    }

    /**
     * The sequence numbers, among {@code candidates}, of the execution's events that the topic holds
     * from {@code since} on, and how many of its events from seq {@code countFrom} on it holds.
     * Records of another execution of the same run (same run id, other {@value RecordLabels#EXECUTION}
     * header) do not count: they are copies of the events, not deliveries of this execution's.
     */
    private static TopicScan alreadyInTopic(KafkaSettings settings, RecordLabels labels, List<byte[]> candidates,
            Instant since, long countFrom) {
        String runId = labels.runId();
        String execution = labels.execution();
        java.util.BitSet seen = new java.util.BitSet();
        Set<Long> wanted = new HashSet<>();
        for (byte[] json : candidates) {
            wanted.add(EventLabel.of(json).seq());
        }
        Set<Long> found = new HashSet<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerConfig(settings))) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (PartitionInfo info : consumer.partitionsFor(settings.topic(), Duration.ofSeconds(30))) {
                partitions.add(new TopicPartition(info.topic(), info.partition()));
            }
            consumer.assign(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, Duration.ofSeconds(30));
            Map<TopicPartition, Long> times = new HashMap<>();
            partitions.forEach(partition -> times.put(partition, since.toEpochMilli()));
            Map<TopicPartition, OffsetAndTimestamp> starts = consumer.offsetsForTimes(times, Duration.ofSeconds(30));
            List<TopicPartition> open = new ArrayList<>();
            for (TopicPartition partition : partitions) {
                OffsetAndTimestamp start = starts.get(partition);
                long from = start == null ? ends.get(partition) : start.offset();
                consumer.seek(partition, from);
                if (from < ends.get(partition)) {
                    open.add(partition);
                }
            }
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (!open.isEmpty() && System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (runId.equals(RecordLabels.text(record.headers(), RecordLabels.RUN)) && record.value() != null
                            && (execution == null || execution.equals(RecordLabels.text(record.headers(), RecordLabels.EXECUTION)))) {
                        try {
                            long seq = EventLabel.of(record.value()).seq();
                            if (wanted.contains(seq)) {
                                found.add(seq);
                            }
                            if (seq >= countFrom && seq - countFrom < Integer.MAX_VALUE) {
                                seen.set((int) (seq - countFrom));
                            }
                        } catch (IllegalArgumentException notAnEvent) {
                            // not one of ours, whatever its header says; it cannot stand for a spooled event
                        }
                    }
                }
                open.removeIf(partition -> consumer.position(partition) >= ends.get(partition));
            }
            if (!open.isEmpty()) {
                throw new IllegalStateException("could not read topic " + settings.topic() + " to its end within 2 minutes");
            }
        }
        return new TopicScan(found, seen.cardinality());
    }

    static Map<String, Object> consumerConfig(KafkaSettings settings) {
        Map<String, Object> config = ProducerSettings.client(settings.bootstrap(), settings.clientProperties(),
                ConsumerConfig.configNames());
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        return config;
    }

    private static List<byte[]> readSpool(Path spool, String runId) {
        List<byte[]> events = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(spool, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                byte[] json = line.getBytes(StandardCharsets.UTF_8);
                EventLabel label;
                try {
                    label = EventLabel.of(json);
                } catch (IllegalArgumentException e) {
                    throw BadInputException.at(spool.toString(), number, null, e.getMessage());
                }
                if (!label.run().equals(runId)) {
                    throw BadInputException.at(spool.toString(), number, null, "an event of run " + label.run()
                            + ", not of this run (" + runId + ")");
                }
                events.add(json);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + spool, e);
        }
        return events;
    }

    /**
     * Updates the run's manifest after a resend: the counts, and the status (a run that failed only
     * for want of delivery becomes done; a killed run, still "running" in its manifest, is marked
     * failed as killed).
     *
     * @param killedRunDelivered for a killed run, its events in the topic before this resend that
     *     it did not find among the spooled ones (the run could not record its own count); -1 otherwise
     */
    private static void updateManifest(Path runDirectory, Outcome outcome, long killedRunDelivered) {
        Path file = runDirectory.resolve(HeadlessRun.MANIFEST_FILE);
        if (!Files.exists(file)) {
            return;
        }
        ObjectNode manifest = (ObjectNode) read(file);
        JsonNode sinks = manifest.path("sinks");
        String problem = KafkaSink.NAME + ": " + sinks.path(KafkaSink.NAME).path("problem").asText();
        if (killedRunDelivered >= 0 && sinks instanceof ObjectNode reports && !(sinks.get(KafkaSink.NAME) instanceof ObjectNode)) {
            // a run killed before it ended recorded no sink reports
            reports.putObject(KafkaSink.NAME).put("topic", outcome.topic());
        }
        if (sinks.path(KafkaSink.NAME) instanceof ObjectNode kafka) {
            long before = killedRunDelivered >= 0 ? killedRunDelivered : kafka.path("acknowledged").asLong();
            kafka.put("acknowledged", before + outcome.alreadyInTopic() + outcome.acknowledged());
            kafka.put("spooled", outcome.stillSpooled());
            ObjectNode resent = kafka.putObject("resent");
            resent.put("at", Instant.now().toString());
            resent.put("sent", outcome.acknowledged());
            resent.put("alreadyInTopic", outcome.alreadyInTopic());
            if (outcome.stillSpooled() == 0) {
                kafka.remove(List.of("spool", "unconfirmed", "undelivered", "problem"));
            } else {
                kafka.put("unconfirmed", 0);
            }
        }
        String reason = manifest.path("reason").asText("");
        if (outcome.killed() != null && manifest.path("status").asText().equals(RunStatus.RUNNING.word())) {
            manifest.put("status", RunStatus.FAILED.word());
            manifest.put("reason", "killed: " + outcome.killed());
        } else if (outcome.stillSpooled() == 0 && manifest.path("status").asText().equals("failed") && reason.equals(problem)) {
            manifest.put("status", "done");
            manifest.putNull("reason");
        }
        if (manifest.path("files").isArray()) {
            List<String> files = new ArrayList<>();
            try (var listing = Files.list(runDirectory)) {
                listing.map(p -> p.getFileName().toString())
                        .filter(name -> !name.equals(HeadlessRun.MANIFEST_FILE) && !name.endsWith(".tmp"))
                        .sorted().forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            var array = manifest.putArray("files");
            files.forEach(array::add);
        }
        JsonFiles.write(file, manifest);
    }

    private static JsonNode read(Path file) {
        try {
            return JsonFiles.mapper().readTree(file.toFile());
        } catch (IOException e) {
            throw BadInputException.at(file.toString(), 0, null, "not readable JSON (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static void move(Path from, Path to) {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move " + from, e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + file, e);
        }
    }
}
