package org.agora.agents.llm;

import dev.langchain4j.http.client.HttpClientBuilder;
import java.time.Duration;

/**
 * Builds {@link BlockingHttpClient}s for LangChain4j's model builders, which set the connect and
 * read timeouts (a model's {@code timeout} becomes both); the call timeout is Agora's, set before the
 * builder is handed over.
 *
 * <p>Threading: not thread-safe; a builder is filled and built by one thread.
 */
public final class BlockingHttpClientBuilder implements HttpClientBuilder {

    private final int maxConnections;
    private Duration connectTimeout;
    private Duration readTimeout;
    private Duration callTimeout;

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

    /** The longest a whole call may take, from its start to its answer's last byte; null (the default) for no limit. */
    public Duration callTimeout() {
        return callTimeout;
    }

    /**
     * Sets the longest a whole call may take: connecting, writing the request, waiting and reading the
     * whole answer; a call still going then is aborted and fails with LangChain4j's
     * {@link dev.langchain4j.exception.TimeoutException}. The read timeout still bounds each silence
     * within it. LangChain4j's model builders leave it as it is (they set the other two).
     */
    public BlockingHttpClientBuilder callTimeout(Duration timeout) {
        this.callTimeout = timeout;
        return this;
    }

    @Override
    public BlockingHttpClient build() {
        return new BlockingHttpClient(maxConnections, connectTimeout, readTimeout, callTimeout);
    }
}
