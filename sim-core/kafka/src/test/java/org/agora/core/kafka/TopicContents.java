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
}
