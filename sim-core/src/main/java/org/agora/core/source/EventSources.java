package org.agora.core.source;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.agora.core.config.BadInputException;
import org.agora.core.kafka.KafkaEventSource;
import org.agora.core.kafka.KafkaSettings;
import org.agora.core.run.HeadlessRun;
import org.agora.core.sink.EventJsonCodec;

/**
 * Opens an event source from what a user names: a run directory, an events file, or
 * {@code kafka://HOST:PORT/TOPIC?run=RUN-ID} (the run id is required: a topic holds many runs).
 */
public final class EventSources {

    private EventSources() {
    }

    /**
     * @param location a run directory, a JSON-lines file, or a kafka:// address
     * @param kafkaProperties Kafka client properties for a kafka:// address (security)
     * @throws BadInputException if the location cannot be read
     */
    public static EventSource open(String location, EventJsonCodec codec, ReadOptions options,
            Map<String, String> kafkaProperties) {
        if (location.startsWith("kafka://")) {
            String rest = location.substring("kafka://".length());
            int slash = rest.indexOf('/');
            int query = rest.indexOf("?run=");
            if (slash <= 0 || query < slash + 2) {
                throw BadInputException.at(location, 0, null, "expected kafka://HOST:PORT/TOPIC?run=RUN-ID");
            }
            KafkaSettings settings = KafkaSettings.to(rest.substring(0, slash)).withTopic(rest.substring(slash + 1, query))
                    .withClientProperties(kafkaProperties);
            return new KafkaEventSource(settings, rest.substring(query + "?run=".length()), codec, options);
        }
        Path path = Path.of(location);
        if (Files.isDirectory(path)) {
            path = path.resolve(HeadlessRun.EVENTS_FILE);
        }
        return new JsonLinesSource(path, codec, options);
    }
}
