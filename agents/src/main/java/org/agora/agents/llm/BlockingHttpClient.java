package org.agora.agents.llm;

import static dev.langchain4j.http.client.sse.ServerSentEventListenerUtils.ignoringExceptions;

import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.TimeoutException;
import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpRequest;
import dev.langchain4j.http.client.SuccessfulHttpResponse;
import dev.langchain4j.http.client.sse.ServerSentEventListener;
import dev.langchain4j.http.client.sse.ServerSentEventParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.HttpClientResponseHandler;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.HttpEntityWrapper;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.pool.PoolStats;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * LangChain4j's HTTP layer over Apache HttpClient 5's classic client, in its minimal form: each
 * request is written and its answer read on the calling thread, over a pool of keep-alive
 * connections sized to the endpoint's calls in flight. The JDK client it replaced ran every exchange through its selector
 * thread and future stages even when called blocking, which cost thread hand-offs on each call
 * (docs/benchmarks.md, "A blocking HTTP layer").
 *
 * <p>Statuses other than 2xx become LangChain4j's {@link HttpException} with the status code (so
 * 429 and 5xx are recognised as retriable); a connect or read timeout, or a call still going at its
 * call timeout, becomes its {@link TimeoutException}; a refused or reset connection an {@link UncheckedIOException} with the
 * {@link IOException} as its cause. No redirects are followed, no request is re-tried here (the
 * {@link Endpoint} re-tries with backoff), and no message names a header (an API key travels in one).
 * Plain-HTTP servers and TLS ones are both spoken to in HTTP/1.1, which every OpenAI-compatible and
 * Ollama server accepts; the TLS trust is the JVM's default, read when the client is built (so the
 * {@code javax.net.ssl.trustStore} properties name the certificates trusted), and a server's
 * certificate must be made out to the host asked.
 *
 * <p>Timeouts: the connect timeout bounds making a connection, the read timeout each silence (the
 * socket's), and the call timeout the whole call, however the server sends its answer: a server that
 * trickles it a few bytes at a time, each sooner than the read timeout, cannot hold a call longer.
 * The call timeout costs no thread of its own per call: one daemon thread of the process
 * ({@link CallDeadlines}) cancels the calls still going at their deadlines.
 *
 * <p>While a {@link CallTrace} is on, the call the calling thread is making ({@link #CURRENT}) is
 * stamped {@link CallTrace.Moment#HANDED HANDED}, {@link CallTrace.Moment#WRITTEN WRITTEN},
 * {@link CallTrace.Moment#BODY_RECEIVED BODY_RECEIVED} and {@link CallTrace.Moment#RETURNED RETURNED}.
 *
 * <p>Threading: thread-safe; each call blocks its calling thread, which does all of its work.
 */
public final class BlockingHttpClient implements HttpClient {

    /** The call the current thread is making, for the trace's stamps (set by {@link Endpoint#complete}). */
    static final ThreadLocal<ChatCall> CURRENT = new ThreadLocal<>();

    private final PoolingHttpClientConnectionManager connections;
    private final CloseableHttpClient client;
    private final RequestConfig requestConfig;
    private final Duration callTimeout;

    /**
     * @param maxConnections the most connections kept and open at once (the endpoint's concurrency)
     * @param connectTimeout the longest wait for a connection to be made; null for the library's default
     * @param readTimeout the longest silence while waiting for, or reading, an answer; null for none
     * @param callTimeout the longest a whole call may take, connecting, writing, waiting and reading; null for no limit
     */
    BlockingHttpClient(int maxConnections, Duration connectTimeout, Duration readTimeout, Duration callTimeout) {
        // A connection idle longer than this is checked before reuse (a read of at most 1 ms): one the server
        // closed while idle is replaced rather than failing a call. Model servers close idle ones after 5 s or more.
        ConnectionConfig.Builder connection = ConnectionConfig.custom().setValidateAfterInactivity(TimeValue.ofSeconds(2));
        if (connectTimeout != null) {
            connection.setConnectTimeout(Timeout.of(connectTimeout));
        }
        if (readTimeout != null) {
            connection.setSocketTimeout(Timeout.of(readTimeout));
        }
        this.connections = PoolingHttpClientConnectionManagerBuilder.create()
                .setMaxConnTotal(maxConnections)
                .setMaxConnPerRoute(maxConnections)
                .setDefaultConnectionConfig(connection.build())
                .build();
        // The minimal client: a request, its connection from the pool, keep-alive; none of the exec chain's
        // redirects, re-tries, authentication, cookies, compression or proxies, which a model server's
        // calls never use, and less code run on every call.
        this.client = HttpClients.createMinimal(connections);
        this.requestConfig = readTimeout == null ? RequestConfig.DEFAULT
                : RequestConfig.custom().setResponseTimeout(Timeout.of(readTimeout)).build();
        this.callTimeout = callTimeout;
    }

    /** A builder of clients with at most {@code maxConnections} connections each, for any LangChain4j model builder. */
    public static BlockingHttpClientBuilder builder(int maxConnections) {
        return new BlockingHttpClientBuilder(maxConnections);
    }

    @Override
    public SuccessfulHttpResponse execute(HttpRequest request) {
        ChatCall call = tracedCall();
        stamp(call, CallTrace.Moment.HANDED);
        Answer answer;
        try {
            answer = send(toApache(request, call, requestConfig), response -> {
                String body = body(response);
                stamp(call, CallTrace.Moment.BODY_RECEIVED);
                return new Answer(response.getCode(), headers(response), body);
            });
        } catch (SocketTimeoutException e) {
            throw new TimeoutException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        stamp(call, CallTrace.Moment.RETURNED);
        if (!successful(answer.status())) {
            throw new HttpException(answer.status(), answer.body());
        }
        return answer.successful();
    }

    /**
     * Sends the request and feeds the answer's body, as it arrives, to {@code parser}, on the calling
     * thread, which returns when the stream ends; every outcome reaches {@code listener}: the opened
     * response, the events, the close, or the error (a non-2xx status as an {@link HttpException}). A
     * stream still going at the call timeout is cut off: before it opened, with a {@link TimeoutException};
     * after, with the error LangChain4j's parser reports for the body closed under it, then the close.
     */
    @Override
    public void execute(HttpRequest request, ServerSentEventParser parser, ServerSentEventListener listener) {
        try {
            send(toApache(request, null, requestConfig), response -> {
                if (!successful(response.getCode())) {
                    HttpException failure = new HttpException(response.getCode(), body(response));
                    ignoringExceptions(() -> listener.onError(failure));
                    return null;
                }
                SuccessfulHttpResponse opened = new Answer(response.getCode(), headers(response), null).successful();
                ignoringExceptions(() -> listener.onOpen(opened));
                if (response.getEntity() != null) {
                    try (InputStream body = response.getEntity().getContent()) {
                        parser.parse(body, listener);
                    }
                }
                ignoringExceptions(listener::onClose);
                return null;
            });
        } catch (SocketTimeoutException e) {
            ignoringExceptions(() -> listener.onError(new TimeoutException(e)));
        } catch (IOException e) {
            ignoringExceptions(() -> listener.onError(new UncheckedIOException(e)));
        } catch (RuntimeException e) {
            ignoringExceptions(() -> listener.onError(e));
        }
    }

    /**
     * Executes {@code request} and hands its response to {@code handler}, within the call timeout if
     * there is one: a call still going at its deadline is cancelled (its connection closed under the
     * thread reading it) and fails with a {@link TimeoutException}, whatever failure the cancelling
     * caused.
     */
    private <T> T send(HttpUriRequestBase request, HttpClientResponseHandler<T> handler) throws IOException {
        if (callTimeout == null) {
            return client.execute(request, handler);
        }
        CallDeadlines.Watch deadline = CallDeadlines.watch(request, callTimeout);
        try {
            T result = client.execute(request, handler);
            deadline.end();
            return result;
        } catch (IOException | RuntimeException e) {
            if (deadline.end()) {
                TimeoutException timedOut = new TimeoutException("no whole answer within the call timeout of "
                        + callTimeout.toMillis() + " ms");
                timedOut.addSuppressed(e);
                throw timedOut;
            }
            throw e;
        }
    }

    /** Connections open now, leased and idle together (for tests of their reuse). */
    int openConnections() {
        PoolStats stats = connections.getTotalStats();
        return stats.getLeased() + stats.getAvailable();
    }

    /** A status, headers and body read from the wire. */
    private record Answer(int status, Map<String, List<String>> headers, String body) {
        SuccessfulHttpResponse successful() {
            return SuccessfulHttpResponse.builder().statusCode(status).headers(headers).body(body).build();
        }
    }

    private static boolean successful(int status) {
        return status >= 200 && status < 300;
    }

    private static HttpUriRequestBase toApache(HttpRequest request, ChatCall call, RequestConfig config) {
        if (!request.formDataFields().isEmpty() || !request.formDataFiles().isEmpty()) {
            throw new UnsupportedOperationException("Agora's HTTP layer sends JSON bodies only, not form data");
        }
        HttpUriRequestBase apache = new HttpUriRequestBase(request.method().name(), java.net.URI.create(request.url()));
        apache.setConfig(config);
        request.headers().forEach((name, values) -> {
            if (values != null) {
                values.forEach(value -> apache.addHeader(name, value));
            }
        });
        if (request.body() != null) {
            HttpEntity body = new StringEntity(request.body(), ContentType.APPLICATION_JSON);
            apache.setEntity(call == null ? body : new StampingEntity(body, call));
        }
        return apache;
    }

    /**
     * The whole body as text. Read as bytes and decoded as UTF-8, the encoding of JSON (RFC 8259) and
     * of server-sent events: a reader per answer (what {@link EntityUtils#toString} makes) would
     * allocate 16 KB of buffers and a decoder for an answer of a few hundred bytes.
     */
    private static String body(ClassicHttpResponse response) throws IOException {
        HttpEntity entity = response.getEntity();
        return entity == null ? "" : new String(EntityUtils.toByteArray(entity), StandardCharsets.UTF_8);
    }

    private static Map<String, List<String>> headers(ClassicHttpResponse response) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (Header header : response.getHeaders()) {
            headers.computeIfAbsent(header.getName(), name -> new ArrayList<>(1)).add(header.getValue());
        }
        return headers;
    }

    /** The call to stamp, while a trace is on; null otherwise. */
    private static ChatCall tracedCall() {
        return CallTrace.on() ? CURRENT.get() : null;
    }

    private static void stamp(ChatCall call, CallTrace.Moment moment) {
        if (call != null) {
            CallTrace.stamp(call, moment);
        }
    }

    /** A request body that stamps {@link CallTrace.Moment#WRITTEN} once it is written and flushed (headers before it). */
    private static final class StampingEntity extends HttpEntityWrapper {
        private final ChatCall call;

        StampingEntity(HttpEntity body, ChatCall call) {
            super(body);
            this.call = call;
        }

        @Override
        public void writeTo(OutputStream out) throws IOException {
            super.writeTo(out);
            CallTrace.stamp(call, CallTrace.Moment.WRITTEN);
        }
    }
}
