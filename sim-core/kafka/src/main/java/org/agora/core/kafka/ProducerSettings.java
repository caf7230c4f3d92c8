package org.agora.core.kafka;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * The producer configuration of the Kafka sink: Kafka's guarantees (idempotence, {@code acks=all},
 * retries without a deadline, so the client itself keeps order and never duplicates while a broker
 * comes and goes), throughput tuning (lz4, large batches, a short linger), then the user's
 * properties on top of the tuning (never on top of the guarantees: {@link ClientProperties}
 * refuses those keys).
 */
public final class ProducerSettings {

    /** Bytes per partition batch: large batches compress better and cost fewer requests. */
    public static final int BATCH_BYTES = 256 * 1024;
    /** How long a batch waits for more records before it is sent. */
    public static final int LINGER_MS = 100;
    public static final String COMPRESSION = "lz4";

    private ProducerSettings() {
    }

    /** The throughput settings, as Kafka property names and values (also given to ProducerPerformance by the benchmark). */
    public static Map<String, String> tuning() {
        Map<String, String> tuning = new LinkedHashMap<>();
        tuning.put(ProducerConfig.ACKS_CONFIG, "all");
        tuning.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        tuning.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, COMPRESSION);
        tuning.put(ProducerConfig.BATCH_SIZE_CONFIG, Integer.toString(BATCH_BYTES));
        tuning.put(ProducerConfig.LINGER_MS_CONFIG, Integer.toString(LINGER_MS));
        tuning.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "5");
        return tuning;
    }

    /**
     * The full producer configuration.
     *
     * @param bootstrap HOST:PORT
     * @param holdBytes the sink's bound on bytes held for acknowledgement; the producer's buffer is
     *     made larger than it, so that {@code send} never blocks for lack of memory
     * @param user the user's client properties (already checked)
     */
    public static Map<String, Object> producer(String bootstrap, long holdBytes, Map<String, String> user) {
        Map<String, Object> config = new LinkedHashMap<>(tuning());
        config.put(ProducerConfig.BUFFER_MEMORY_CONFIG, Long.toString(Math.max(64L << 20, 2 * holdBytes + (16L << 20))));
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "agora");
        user.forEach((key, value) -> {
            if (ProducerConfig.configNames().contains(key)) {
                config.put(key, value);
            }
        });
        config.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        config.put(ProducerConfig.RETRIES_CONFIG, Integer.toString(Integer.MAX_VALUE));
        // No deadline: while the broker is away the client keeps what it holds, in order; the sink
        // bounds memory itself and decides at the end of the run what goes to the spool.
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, Integer.toString(Integer.MAX_VALUE));
        // send() waits this long for a topic's metadata (missing while a broker restarts) on the
        // sink's sender thread; the sink then keeps the record and tries again a little later.
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "1000");
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        return config;
    }

    /** The configuration of an admin client or consumer: the address and the user's properties that it knows. */
    static Map<String, Object> client(String bootstrap, Map<String, String> user, java.util.Set<String> known) {
        Map<String, Object> config = new LinkedHashMap<>();
        user.forEach((key, value) -> {
            if (known.contains(key)) {
                config.put(key, value);
            }
        });
        config.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        return config;
    }
}
