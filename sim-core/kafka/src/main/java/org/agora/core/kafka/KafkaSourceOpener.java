package org.agora.core.kafka;

import java.util.Map;
import org.agora.core.config.BadInputException;
import org.agora.core.sink.EventJsonCodec;
import org.agora.core.source.EventSource;
import org.agora.core.source.EventSourceOpener;
import org.agora.core.source.ReadOptions;

/**
 * Reads {@code kafka://HOST:PORT/TOPIC?run=RUN-ID} for {@link org.agora.core.source.EventSources}
 * (the run id is required: a topic holds many runs).
 */
public final class KafkaSourceOpener implements EventSourceOpener {

    @Override
    public String scheme() {
        return "kafka";
    }

    @Override
    public EventSource open(String location, EventJsonCodec codec, ReadOptions options, Map<String, String> clientProperties) {
        String rest = location.substring("kafka://".length());
        int slash = rest.indexOf('/');
        int query = rest.indexOf("?run=");
        if (slash <= 0 || query < slash + 2) {
            throw BadInputException.at(location, 0, null, "expected kafka://HOST:PORT/TOPIC?run=RUN-ID");
        }
        KafkaSettings settings = KafkaSettings.to(rest.substring(0, slash)).withTopic(rest.substring(slash + 1, query))
                .withClientProperties(clientProperties);
        return new KafkaEventSource(settings, rest.substring(query + "?run=".length()), codec, options);
    }
}
