package org.agora.core.kafka;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.agora.core.config.BadInputException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * Reaches the broker and makes sure the topic exists, before a run starts.
 * Threading: any thread; each call uses its own short-lived admin client.
 */
public final class TopicSetup {

    private static final int TCP_TIMEOUT_MS = 3000;

    private TopicSetup() {
    }

    /** The broker cannot be reached now; the message says where and why, in one line. */
    public static final class UnreachableException extends Exception {
        private static final long serialVersionUID = 1L;

        UnreachableException(String message) {
            super(message);
        }
    }

    /**
     * Checks that a broker answers at the settings' address and creates the topic if absent, with
     * the settings' partition count.
     *
     * @return the topic's partition count (which may differ from the settings' if it existed)
     * @throws UnreachableException if no broker answered within the connect timeout
     * @throws BadInputException if the settings are wrong: an address that does not resolve, a
     *     property the client rejects, credentials the broker refuses, a topic name it refuses
     */
    public static int ensureTopic(KafkaSettings settings) throws UnreachableException {
        String refused = BootstrapAddress.unreachable(settings.bootstrap(), TCP_TIMEOUT_MS);
        if (refused != null) {
            throw new UnreachableException("no Kafka broker at " + settings.bootstrap() + " (" + refused + ")");
        }
        Map<String, Object> config = ProducerSettings.client(settings.bootstrap(), settings.clientProperties(),
                AdminClientConfig.configNames());
        long timeoutMs = settings.connectTimeout().toMillis();
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, Long.toString(Math.max(timeoutMs, 1000)));
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, Long.toString(Math.max(timeoutMs, 1000)));
        try (Admin admin = open(config)) {
            try {
                admin.describeCluster().nodes().get(timeoutMs, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                throw new UnreachableException("no Kafka broker answered at " + settings.bootstrap() + " within "
                        + Duration.ofMillis(timeoutMs).toSeconds() + " s");
            }
            Optional<Integer> existing = partitionsOf(admin, settings.topic(), timeoutMs);
            if (existing.isPresent()) {
                return existing.get();
            }
            try {
                admin.createTopics(List.of(new NewTopic(settings.topic(), Optional.of(settings.partitions()), Optional.empty())))
                        .all().get(timeoutMs, TimeUnit.MILLISECONDS);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            }
            return partitionsOf(admin, settings.topic(), timeoutMs).orElse(settings.partitions());
        } catch (ExecutionException e) {
            throw refused(settings, e.getCause());
        } catch (TimeoutException e) {
            throw new UnreachableException("the Kafka broker at " + settings.bootstrap() + " did not answer within "
                    + Duration.ofMillis(timeoutMs).toSeconds() + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnreachableException("interrupted while reaching " + settings.bootstrap());
        }
    }

    /** An admin client for the address and the user's properties (for the resend and the readers). */
    static Admin open(Map<String, Object> config) {
        try {
            return Admin.create(config);
        } catch (KafkaException e) {
            throw BadInputException.at("--kafka-property", 0, null, "the Kafka client refused its settings: " + rootCause(e));
        }
    }

    /** The innermost cause of a client's failure, as "Kind: message": the outer ones only say that the client failed. */
    static String rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }

    private static Optional<Integer> partitionsOf(Admin admin, String topic, long timeoutMs)
            throws ExecutionException, TimeoutException, InterruptedException {
        try {
            TopicDescription description = admin.describeTopics(List.of(topic)).allTopicNames()
                    .get(timeoutMs, TimeUnit.MILLISECONDS).get(topic);
            return Optional.of(description.partitions().size());
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private static BadInputException refused(KafkaSettings settings, Throwable cause) {
        if (cause instanceof InvalidTopicException) {
            return BadInputException.at("--topic", 0, null, "the broker refuses the topic '" + settings.topic() + "': " + cause.getMessage());
        }
        if (cause instanceof AuthenticationException) {
            return BadInputException.at("--kafka", 0, null, "the broker at " + settings.bootstrap()
                    + " refused the credentials: " + cause.getMessage());
        }
        if (cause instanceof AuthorizationException) {
            return BadInputException.at("--kafka", 0, null, "not allowed on " + settings.bootstrap() + ": " + cause.getMessage());
        }
        return BadInputException.at("--kafka", 0, null, "the broker at " + settings.bootstrap() + " refused to set up the topic '"
                + settings.topic() + "': " + cause.getClass().getSimpleName() + ": " + cause.getMessage());
    }
}
