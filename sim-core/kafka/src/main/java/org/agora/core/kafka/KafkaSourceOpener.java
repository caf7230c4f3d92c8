package org.agora.core.kafka;

import java.util.Map;
import org.agora.core.config.BadInputException;
import org.agora.core.sink.EventJsonCodec;
import org.agora.core.source.EventSource;
import org.agora.core.source.EventSourceOpener;
import org.agora.core.source.ReadOptions;

/**
 * Reads {@code kafka://HOST:PORT/TOPIC?run=RUN-ID[&execution=ID]} for
 * {@link org.agora.core.source.EventSources} (the run id is required: a topic holds many runs;
 * without an execution id, the run's last started execution is read: see {@link KafkaEventSource}).
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
        String run = rest.substring(query + "?run=".length());
        String execution = null;
        int and = run.indexOf("&execution=");
        if (and >= 0) {
            execution = run.substring(and + "&execution=".length());
            run = run.substring(0, and);
        }
        if (run.isEmpty() || run.contains("&") || (execution != null && (execution.isEmpty() || execution.contains("&")))) {
            throw BadInputException.at(location, 0, null, "expected kafka://HOST:PORT/TOPIC?run=RUN-ID[&execution=ID]");
        }
        return new KafkaEventSource(settings, run, execution, codec, options);
    }
}
