package org.agora.core.kafka;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import org.agora.core.config.BadInputException;

/**
 * Where and how a run streams its events to Kafka, validated when made.
 *
 * @param bootstrap the bootstrap address, {@code HOST:PORT} (several separated by commas)
 * @param topic the topic (default {@value #DEFAULT_TOPIC}); created if absent
 * @param partitions the partition count of a topic that has to be created (&ge; 1)
 * @param clientProperties further Kafka client properties given by the user (security, tuning),
 *     checked by {@link ClientProperties}; passed to the producer, the admin client and consumers
 * @param spoolIfUnreachable if the broker cannot be reached at the start, run anyway and spool
 *     the events (delivered if the broker appears before the end of the run); otherwise such a
 *     run does not start
 * @param holdBytes how many bytes of events (keys and values) may wait in memory for Kafka's
 *     acknowledgement before further events are spooled to disk
 * @param holdPatience how long a run whose memory is full waits for Kafka to acknowledge
 *     anything before it spools (while Kafka acknowledges, the run waits: backpressure)
 * @param connectTimeout how long to wait for the broker to answer at the start
 * @param drainTimeout how long the end of a run waits for held and spooled events to be
 *     acknowledged before it leaves the rest in the spool
 */
public record KafkaSettings(String bootstrap, String topic, int partitions, Map<String, String> clientProperties,
        boolean spoolIfUnreachable, long holdBytes, Duration holdPatience, Duration connectTimeout,
        Duration drainTimeout) {

    public static final String DEFAULT_TOPIC = "agora.events";
    public static final int DEFAULT_PARTITIONS = 3;
    public static final long DEFAULT_HOLD_BYTES = 32L << 20;

    public KafkaSettings {
        BootstrapAddress.check(bootstrap);
        if (topic == null || topic.isBlank()) {
            throw BadInputException.at("--topic", 0, null, "the topic name is empty");
        }
        if (!topic.matches("[a-zA-Z0-9._-]{1,249}")) {
            throw BadInputException.at("--topic", 0, null, "'" + topic
                    + "' is not a valid Kafka topic name (letters, digits, '.', '_' and '-', at most 249)");
        }
        if (partitions < 1) {
            throw BadInputException.at("--partitions", 0, null, "must be at least 1 (was " + partitions + ")");
        }
        if (holdBytes < 1) {
            throw new IllegalArgumentException("holdBytes must be positive, was " + holdBytes);
        }
        clientProperties = Map.copyOf(new TreeMap<>(clientProperties));
    }

    /** Settings for {@code bootstrap} with the defaults: topic {@value #DEFAULT_TOPIC}, no extra properties, no spooling at start. */
    public static KafkaSettings to(String bootstrap) {
        return new KafkaSettings(bootstrap, DEFAULT_TOPIC, DEFAULT_PARTITIONS, Map.of(), false, DEFAULT_HOLD_BYTES,
                Duration.ofSeconds(2), Duration.ofSeconds(10), Duration.ofSeconds(30));
    }

    public KafkaSettings withTopic(String newTopic) {
        return new KafkaSettings(bootstrap, newTopic, partitions, clientProperties, spoolIfUnreachable, holdBytes,
                holdPatience, connectTimeout, drainTimeout);
    }

    public KafkaSettings withPartitions(int newPartitions) {
        return new KafkaSettings(bootstrap, topic, newPartitions, clientProperties, spoolIfUnreachable, holdBytes,
                holdPatience, connectTimeout, drainTimeout);
    }

    public KafkaSettings withClientProperties(Map<String, String> properties) {
        return new KafkaSettings(bootstrap, topic, partitions, properties, spoolIfUnreachable, holdBytes,
                holdPatience, connectTimeout, drainTimeout);
    }

    public KafkaSettings withSpoolIfUnreachable(boolean spool) {
        return new KafkaSettings(bootstrap, topic, partitions, clientProperties, spool, holdBytes,
                holdPatience, connectTimeout, drainTimeout);
    }

    /** The same settings with other memory and time limits (tests and benchmarks tune these). */
    public KafkaSettings withLimits(long newHoldBytes, Duration newHoldPatience, Duration newConnectTimeout,
            Duration newDrainTimeout) {
        return new KafkaSettings(bootstrap, topic, partitions, clientProperties, spoolIfUnreachable, newHoldBytes,
                newHoldPatience, newConnectTimeout, newDrainTimeout);
    }
}
