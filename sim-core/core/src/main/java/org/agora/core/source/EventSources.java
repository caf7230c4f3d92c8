package org.agora.core.source;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.ServiceLoader;
import org.agora.core.config.BadInputException;
import org.agora.core.run.HeadlessRun;
import org.agora.core.sink.EventJsonCodec;

/**
 * Opens an event source from what a user names: a run directory, an events file, or an address
 * of a scheme an installed {@link EventSourceOpener} reads (the Kafka module reads
 * {@code kafka://HOST:PORT/TOPIC?run=RUN-ID}).
 */
public final class EventSources {

    private EventSources() {
    }

    /**
     * Opens a source that gives one run's events, each once: see {@link RunSequenceCheck}.
     *
     * @param location a run directory, a JSON-lines file, or an address such as kafka://
     * @param clientProperties client properties for an address's transport (security)
     * @throws BadInputException if the location cannot be read
     */
    public static EventSource open(String location, EventJsonCodec codec, ReadOptions options,
            Map<String, String> clientProperties) {
        int schemeEnd = location.indexOf("://");
        if (schemeEnd > 0) {
            String scheme = location.substring(0, schemeEnd);
            for (EventSourceOpener opener : ServiceLoader.load(EventSourceOpener.class)) {
                if (opener.scheme().equals(scheme)) {
                    return new RunSequenceCheck(opener.open(location, codec, options, clientProperties), options);
                }
            }
            throw BadInputException.at(location, 0, null, "no reader for " + scheme + ":// addresses is installed");
        }
        Path path = Path.of(location);
        if (Files.isDirectory(path)) {
            path = path.resolve(HeadlessRun.EVENTS_FILE);
        }
        return new RunSequenceCheck(new JsonLinesSource(path, codec, options), options);
    }
}
