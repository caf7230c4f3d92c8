package org.agora.core.experiment;

import java.util.LinkedHashMap;
import java.util.Map;
import org.agora.core.config.BadInputException;
import org.agora.core.kafka.KafkaSettings;
import org.agora.core.kafka.ProducerSettings;
import org.agora.core.kafka.TopicSetup;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Where the Kafka of a distributed sweep is and how to reach it: the bootstrap address and the
 * user's client properties (security, tuning; already checked), and the client configurations
 * built from them for the sweep's producers and consumers.
 *
 * @param bootstrap {@code HOST:PORT}, or several separated by commas
 * @param clientProperties the user's Kafka client properties
 */
public record SweepKafka(String bootstrap, Map<String, String> clientProperties) {

    public SweepKafka {
        clientProperties = Map.copyOf(clientProperties);
        KafkaSettings.to(bootstrap);
    }

    /**
     * Checks that a broker answers and creates the sweep's topics if absent.
     *
     * @return the jobs topic's partition count
     * @throws BadInputException naming {@code --kafka} if no broker answers or the settings are refused
     */
    int ensureTopics(SweepTopics topics) {
        KafkaSettings settings = KafkaSettings.to(bootstrap).withClientProperties(clientProperties);
        try {
            TopicSetup.ensureTopic(settings.withTopic(topics.results()).withPartitions(SweepTopics.RESULT_PARTITIONS));
            return TopicSetup.ensureTopic(settings.withTopic(topics.jobs()).withPartitions(topics.partitions()));
        } catch (TopicSetup.UnreachableException e) {
            throw BadInputException.at("--kafka", 0, null, e.getMessage());
        }
    }

    /**
     * A producer's configuration: Kafka's guarantees (idempotent, {@code acks=all}, retries
     * without a deadline, so a result waits for a broker that is away instead of being lost).
     *
     * @param lingerMs how long a batch waits for more records: 0 for results, whose worker waits
     *     for each acknowledgement; more for the coordinator's burst of jobs
     */
    Map<String, Object> producer(String clientId, int lingerMs) {
        Map<String, Object> config = ProducerSettings.producer(bootstrap, 1L << 20, clientProperties);
        config.put(ProducerConfig.LINGER_MS_CONFIG, Integer.toString(lingerMs));
        config.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        return config;
    }

    /**
     * A consumer's configuration: Agora's defaults, the user's consumer properties over them, and
     * over those the settings the sweep's guarantees depend on.
     */
    Map<String, Object> consumer(String clientId, Map<String, Object> defaults, Map<String, Object> required) {
        Map<String, Object> config = new LinkedHashMap<>(defaults);
        clientProperties.forEach((key, value) -> {
            if (ConsumerConfig.configNames().contains(key)) {
                config.put(key, value);
            }
        });
        config.putAll(required);
        config.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        return config;
    }
}
