package org.agora.core.kafka;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.agora.core.config.BadInputException;
import org.agora.core.config.Suggestions;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Kafka client properties a user adds (SASL, TLS, tuning), from {@code --kafka-property key=value}
 * and properties files, checked before anything runs: an unknown key, a value Kafka's own
 * definitions reject, or a key Agora sets itself is one line of bad input naming where it came
 * from.
 */
public final class ClientProperties {

    /** Keys Agora sets itself, because the sink's guarantees or encoding depend on them. */
    static final Set<String> RESERVED = Set.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
            ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
            ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
            ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, ProducerConfig.TRANSACTIONAL_ID_CONFIG);

    private static final Set<String> KNOWN = known();

    private ClientProperties() {
    }

    /**
     * Reads {@code key=value} assignments (as given to {@code --kafka-property}).
     *
     * @throws BadInputException naming {@code option} and the key if one is malformed, unknown or invalid
     */
    public static Map<String, String> parse(List<String> assignments, String option) {
        Map<String, String> properties = new LinkedHashMap<>();
        for (String assignment : assignments) {
            int equals = assignment.indexOf('=');
            if (equals <= 0) {
                throw BadInputException.at(option, 0, null, "'" + assignment + "' is not key=value");
            }
            String key = assignment.substring(0, equals).strip();
            properties.put(key, assignment.substring(equals + 1).strip());
            check(key, properties.get(key), option, 0);
        }
        return properties;
    }

    /**
     * Reads a Java properties file of client properties.
     *
     * @throws BadInputException naming the file, the line and the key if a property is unknown or invalid
     */
    public static Map<String, String> load(Path file) {
        String text;
        Properties loaded = new Properties();
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
            try (Reader reader = new java.io.StringReader(text)) {
                loaded.load(reader);
            }
        } catch (IOException e) {
            throw BadInputException.at(file.toString(), 0, null, "cannot read the Kafka properties file ("
                    + e.getClass().getSimpleName() + ")");
        } catch (IllegalArgumentException e) {
            throw BadInputException.at(file.toString(), 0, null, "not a properties file: " + e.getMessage());
        }
        Map<String, String> properties = new TreeMap<>();
        for (String key : loaded.stringPropertyNames()) {
            String value = loaded.getProperty(key).strip();
            check(key, value, file.toString(), lineOf(text, key));
            properties.put(key, value);
        }
        return properties;
    }

    /**
     * Checks a whole set of properties together as Kafka's clients would read them (some values
     * are only wrong in company, and a class named in a value must exist).
     *
     * @throws BadInputException naming the property
     */
    public static void checkTogether(Map<String, String> properties, String source) {
        validate(ProducerConfig.configNames(), properties, source, map -> {
            map.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
            map.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
            new ProducerConfig(map);
        });
        validate(ConsumerConfig.configNames(), properties, source, map -> {
            map.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
            map.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
            new ConsumerConfig(map);
        });
        validate(AdminClientConfig.configNames(), properties, source, AdminClientConfig::new);
    }

    private interface Validation {
        void run(Map<String, Object> properties);
    }

    private static void validate(Set<String> names, Map<String, String> properties, String source, Validation validation) {
        Map<String, Object> subset = new LinkedHashMap<>();
        properties.forEach((key, value) -> {
            if (names.contains(key)) {
                subset.put(key, value);
            }
        });
        try {
            validation.run(subset);
        } catch (ConfigException e) {
            throw BadInputException.at(source, 0, null, "Kafka property: " + e.getMessage());
        }
    }

    private static void check(String key, String value, String source, int line) {
        if (RESERVED.contains(key)) {
            String why = key.equals(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG) ? "give the address with --kafka"
                    : "Agora sets it: the sink's encoding and delivery guarantees depend on it";
            throw BadInputException.at(source, line, key, "cannot be set (" + why + ")");
        }
        if (!KNOWN.contains(key)) {
            throw BadInputException.at(source, line, key, "not a Kafka client property" + Suggestions.hint(key, KNOWN));
        }
        if (key.equals(ProducerConfig.ACKS_CONFIG) && !(value.equals("all") || value.equals("-1"))) {
            throw BadInputException.at(source, line, key, "must stay 'all' (was '" + value
                    + "'): with fewer acknowledgements a broker failure can lose acknowledged events");
        }
        Map<String, String> single = Map.of(key, value);
        checkTogether(single, line > 0 ? source + ":" + line : source);
    }

    private static int lineOf(String text, String key) {
        Pattern assignment = Pattern.compile("^\\s*" + Pattern.quote(key) + "\\s*[=:\\s]");
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (assignment.matcher(lines.get(i)).find()) {
                return i + 1;
            }
        }
        return 0;
    }

    private static Set<String> known() {
        Set<String> names = new TreeSet<>();
        names.addAll(ProducerConfig.configNames());
        names.addAll(ConsumerConfig.configNames());
        names.addAll(AdminClientConfig.configNames());
        return names;
    }
}
