package org.agora.agents.llm;

import dev.langchain4j.http.client.HttpClientBuilder;
import java.time.Duration;

/**
 * Builds {@link BlockingHttpClient}s for LangChain4j's model builders, which set the timeouts
 * (a model's {@code timeout} becomes both).
 *
 * <p>Threading: not thread-safe; a builder is filled and built by one thread.
 */
public final class BlockingHttpClientBuilder implements HttpClientBuilder {

    private final int maxConnections;
    private Duration connectTimeout;
    private Duration readTimeout;

    /** @param maxConnections the most connections each built client keeps and opens at once */
    BlockingHttpClientBuilder(int maxConnections) {
        if (maxConnections < 1) {
            throw new IllegalArgumentException("at least one connection, not " + maxConnections);
        }
        this.maxConnections = maxConnections;
    }

    @Override
    public Duration connectTimeout() {
        return connectTimeout;
    }

    @Override
    public BlockingHttpClientBuilder connectTimeout(Duration timeout) {
        this.connectTimeout = timeout;
        return this;
    }

    @Override
    public Duration readTimeout() {
        return readTimeout;
    }

    @Override
    public BlockingHttpClientBuilder readTimeout(Duration timeout) {
        this.readTimeout = timeout;
        return this;
    }

    @Override
    public BlockingHttpClient build() {
        return new BlockingHttpClient(maxConnections, connectTimeout, readTimeout);
    }
}
