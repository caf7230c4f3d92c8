package org.agora.core.source;

import java.util.Map;
import org.agora.core.sink.EventJsonCodec;

/**
 * Opens the event sources of one address scheme, such as {@code kafka://}. Found through
 * {@link java.util.ServiceLoader} ({@code META-INF/services/org.agora.core.source.EventSourceOpener})
 * by {@link EventSources}, so that the core reads files and the modules that know a transport
 * (the Kafka module) add theirs without the core depending on them.
 *
 * <p>Threading: stateless; called from the thread that opens the source.
 */
public interface EventSourceOpener {

    /** The scheme this opener reads, without {@code ://}, for example {@code kafka}. */
    String scheme();

    /**
     * @param location the whole address, starting with {@link #scheme()}{@code ://}
     * @param clientProperties the transport's client properties (security settings), may be empty
     * @throws org.agora.core.config.BadInputException if the address is malformed or cannot be read
     */
    EventSource open(String location, EventJsonCodec codec, ReadOptions options, Map<String, String> clientProperties);
}
