package org.agora.agents.llm;

import java.io.IOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * The JDK HTTP client with {@link CallTrace} stamps: when it takes a request's last body bytes
 * ({@link CallTrace.Moment#WRITTEN}), when it has an answer's whole body
 * ({@link CallTrace.Moment#BODY_RECEIVED}), and when the calling thread has the response
 * ({@link CallTrace.Moment#RETURNED}). Only built while a trace is on; the call it stamps for is
 * the one its calling thread is making ({@link #CURRENT}, set by {@link Endpoint#complete}).
 *
 * <p>Threading: thread-safe, as the client it wraps.
 */
final class TracedHttpClient extends HttpClient {

    /** The call the current thread is making, for the stamps of the client it calls. */
    static final ThreadLocal<ChatCall> CURRENT = new ThreadLocal<>();

    private final HttpClient delegate;

    private TracedHttpClient(HttpClient delegate) {
        this.delegate = delegate;
    }

    /** A builder of {@code builder}'s client, traced. */
    static HttpClient.Builder tracing(HttpClient.Builder builder) {
        return new Builder() {
            @Override
            public Builder cookieHandler(CookieHandler cookieHandler) {
                builder.cookieHandler(cookieHandler);
                return this;
            }

            @Override
            public Builder connectTimeout(Duration duration) {
                builder.connectTimeout(duration);
                return this;
            }

            @Override
            public Builder sslContext(SSLContext sslContext) {
                builder.sslContext(sslContext);
                return this;
            }

            @Override
            public Builder sslParameters(SSLParameters sslParameters) {
                builder.sslParameters(sslParameters);
                return this;
            }

            @Override
            public Builder executor(Executor executor) {
                builder.executor(executor);
                return this;
            }

            @Override
            public Builder followRedirects(Redirect policy) {
                builder.followRedirects(policy);
                return this;
            }

            @Override
            public Builder version(Version version) {
                builder.version(version);
                return this;
            }

            @Override
            public Builder priority(int priority) {
                builder.priority(priority);
                return this;
            }

            @Override
            public Builder proxy(ProxySelector proxySelector) {
                builder.proxy(proxySelector);
                return this;
            }

            @Override
            public Builder authenticator(Authenticator authenticator) {
                builder.authenticator(authenticator);
                return this;
            }

            @Override
            public HttpClient build() {
                return new TracedHttpClient(builder.build());
            }
        };
    }

    @Override
    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
            throws IOException, InterruptedException {
        ChatCall call = CURRENT.get();
        if (call == null || !CallTrace.on()) {
            return delegate.send(request, handler);
        }
        CallTrace.stamp(call, CallTrace.Moment.HANDED);
        HttpResponse<T> response = delegate.send(traced(request, call), traced(handler, call));
        CallTrace.stamp(call, CallTrace.Moment.RETURNED);
        return response;
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        return delegate.sendAsync(request, handler);
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler,
            HttpResponse.PushPromiseHandler<T> pushPromiseHandler) {
        return delegate.sendAsync(request, handler, pushPromiseHandler);
    }

    /** The request with a body publisher that stamps when the client has taken its last bytes. */
    private static HttpRequest traced(HttpRequest request, ChatCall call) {
        HttpRequest.BodyPublisher body = request.bodyPublisher().orElse(HttpRequest.BodyPublishers.noBody());
        HttpRequest.BodyPublisher stamping = new HttpRequest.BodyPublisher() {
            @Override
            public long contentLength() {
                return body.contentLength();
            }

            @Override
            public void subscribe(Flow.Subscriber<? super ByteBuffer> subscriber) {
                body.subscribe(new Flow.Subscriber<ByteBuffer>() {
                    @Override
                    public void onSubscribe(Flow.Subscription subscription) {
                        subscriber.onSubscribe(subscription);
                    }

                    @Override
                    public void onNext(ByteBuffer item) {
                        subscriber.onNext(item);
                    }

                    @Override
                    public void onError(Throwable failure) {
                        subscriber.onError(failure);
                    }

                    @Override
                    public void onComplete() {
                        subscriber.onComplete();
                        CallTrace.stamp(call, CallTrace.Moment.WRITTEN);
                    }
                });
            }
        };
        return HttpRequest.newBuilder(request, (name, value) -> true).method(request.method(), stamping).build();
    }

    /** The handler whose body subscriber stamps when it has the whole body. */
    private static <T> HttpResponse.BodyHandler<T> traced(HttpResponse.BodyHandler<T> handler, ChatCall call) {
        return info -> {
            HttpResponse.BodySubscriber<T> body = handler.apply(info);
            return new HttpResponse.BodySubscriber<T>() {
                @Override
                public CompletionStage<T> getBody() {
                    return body.getBody();
                }

                @Override
                public void onSubscribe(Flow.Subscription subscription) {
                    body.onSubscribe(subscription);
                }

                @Override
                public void onNext(List<ByteBuffer> item) {
                    body.onNext(item);
                }

                @Override
                public void onError(Throwable failure) {
                    body.onError(failure);
                }

                @Override
                public void onComplete() {
                    CallTrace.stamp(call, CallTrace.Moment.BODY_RECEIVED);
                    body.onComplete();
                }
            };
        };
    }

    @Override
    public Optional<CookieHandler> cookieHandler() {
        return delegate.cookieHandler();
    }

    @Override
    public Optional<Duration> connectTimeout() {
        return delegate.connectTimeout();
    }

    @Override
    public Redirect followRedirects() {
        return delegate.followRedirects();
    }

    @Override
    public Optional<ProxySelector> proxy() {
        return delegate.proxy();
    }

    @Override
    public SSLContext sslContext() {
        return delegate.sslContext();
    }

    @Override
    public SSLParameters sslParameters() {
        return delegate.sslParameters();
    }

    @Override
    public Optional<Authenticator> authenticator() {
        return delegate.authenticator();
    }

    @Override
    public Version version() {
        return delegate.version();
    }

    @Override
    public Optional<Executor> executor() {
        return delegate.executor();
    }
}
