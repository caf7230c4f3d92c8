package org.agora.core.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/** A whole topic read with a plain {@link KafkaConsumer}, as any user of the events would, and compared with a run's events file. */
public record TopicContents(List<ConsumerRecord<byte[], byte[]>> records) {

    public static TopicContents read(String bootstrap, String topic) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config)) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (PartitionInfo info : consumer.partitionsFor(topic, Duration.ofSeconds(30))) {
                partitions.add(new TopicPartition(topic, info.partition()));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, Duration.ofSeconds(30));
            long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                assertThat(System.nanoTime()).as("reading %s to its end", topic).isLessThan(deadline);
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return new TopicContents(records);
    }

    /** The records of one execution (by their {@value RecordLabels#EXECUTION} header), in the order read. */
    public TopicContents ofExecution(String execution) {
        return new TopicContents(records.stream()
                .filter(r -> execution.equals(RecordLabels.text(r.headers(), RecordLabels.EXECUTION))).toList());
    }

    List<String> values() {
        return records.stream().map(r -> new String(r.value(), StandardCharsets.UTF_8)).toList();
    }

    /** Per record key, its values in offset order (a partition's order, the order a consumer sees). */
    Map<String, List<String>> valuesByKey() {
        Map<String, List<String>> byKey = new LinkedHashMap<>();
        for (ConsumerRecord<byte[], byte[]> record : records) {
            byKey.computeIfAbsent(new String(record.key(), StandardCharsets.UTF_8), k -> new ArrayList<>())
                    .add(new String(record.value(), StandardCharsets.UTF_8));
        }
        return byKey;
    }

    /**
     * Asserts that the topic holds exactly the events of the file: the same JSON, none missing,
     * none repeated, and each source's events in the file's order.
     */
    public void assertHoldsExactly(Path eventsFile) throws IOException {
        List<String> lines = Files.readAllLines(eventsFile, StandardCharsets.UTF_8);
        List<String> values = values();
        assertThat(new HashSet<>(values)).as("no event repeated").hasSize(values.size());
        assertThat(values).as("every event of the file, once").hasSameSizeAs(lines).containsExactlyInAnyOrderElementsOf(lines);
        Map<String, List<String>> expected = new LinkedHashMap<>();
        for (String line : lines) {
            String source = line.replaceFirst(".*\"source\":\"([^\"]*)\".*", "$1");
            expected.computeIfAbsent(source, k -> new ArrayList<>()).add(line);
        }
        Map<String, List<String>> actual = valuesByKey();
        assertThat(actual.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        expected.forEach((source, events) -> assertThat(actual.get(source)).as("events of %s in order", source)
                .containsExactlyElementsOf(events));
    }

    /**
     * Asserts what a resend after a killed run must leave: the run's events in the topic each
     * once, numbered 0, 1, 2, … without a gap, each source's events in {@code seq} order, and
     * every event of {@code eventsFile} (what the killed run had written out) among them.
     *
     * @return the number of the run's events in the topic
     */
    public long assertCompleteRun(String runId, Path eventsFile) throws IOException {
        Map<Long, String> bySeq = new java.util.TreeMap<>();
        Map<String, List<Long>> seqsBySource = new LinkedHashMap<>();
        for (ConsumerRecord<byte[], byte[]> record : records) {
            EventLabel label = EventLabel.of(record.value());
            if (!label.run().equals(runId)) {
                continue;
            }
            assertThat(bySeq.put(label.seq(), new String(record.value(), StandardCharsets.UTF_8)))
                    .as("event %d of the run in the topic once", label.seq()).isNull();
            seqsBySource.computeIfAbsent(label.source(), k -> new ArrayList<>()).add(label.seq());
        }
        assertThat(bySeq).as("the run's events in the topic").isNotEmpty();
        assertThat(((java.util.TreeMap<Long, String>) bySeq).lastKey()).as("numbered without a gap").isEqualTo(bySeq.size() - 1L);
        seqsBySource.forEach((source, seqs) -> assertThat(seqs).as("events of %s in order", source).isSorted());
        String written = Files.readString(eventsFile, StandardCharsets.UTF_8);
        // a killed writer may have left its last line half-written: only whole lines are events
        for (String line : written.substring(0, written.lastIndexOf('\n') + 1).lines().toList()) {
            assertThat(bySeq.get(EventLabel.of(line.getBytes(StandardCharsets.UTF_8)).seq())).isEqualTo(line);
        }
        return bySeq.size();
    }
}
