package org.agora.scenarios.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.agora.core.kafka.ClientProperties;
import picocli.CommandLine.Option;

/**
 * Kafka client properties (security: SASL, TLS, ...) as {@code run}, {@code resend}, {@code sweep}
 * and {@code worker} take them (a picocli mixin): a properties file and KEY=VALUE options.
 */
final class KafkaClientOptions {

    @Option(names = "--kafka-property", paramLabel = "KEY=VALUE",
            description = "a Kafka client property, for example security.protocol=SASL_SSL (repeatable)")
    private List<String> properties = new ArrayList<>();

    @Option(names = "--kafka-config", paramLabel = "FILE", description = "a properties file of Kafka client properties (SASL, TLS, ...)")
    private Path config;

    /** Whether either option was given. */
    boolean given() {
        return !properties.isEmpty() || config != null;
    }

    /**
     * The client properties of the file and of the KEY=VALUE options, the latter winning.
     *
     * @throws org.agora.core.config.BadInputException if the file or a property is wrong
     */
    Map<String, String> properties() {
        Map<String, String> merged = new LinkedHashMap<>();
        if (config != null) {
            merged.putAll(ClientProperties.load(config));
        }
        merged.putAll(ClientProperties.parse(properties, "--kafka-property"));
        ClientProperties.checkTogether(merged, config != null && properties.isEmpty() ? config.toString() : "--kafka-property");
        return merged;
    }
}
