package org.agora.agents.llm;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.RetriableException;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.output.TokenUsage;
import java.security.cert.CertificateException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import javax.net.ssl.SSLPeerUnverifiedException;

/**
 * One language-model server, reached through LangChain4j's OpenAI-compatible or Ollama client:
 * its models by name, and the limit of calls in flight at once, shared by every run of the
 * process that asks the same server (a sweep's societies queue here rather than flood it).
 * Retriable failures (429, 5xx, timeouts, refused connections) are re-tried with exponential
 * backoff; the others (a server's TLS certificate not trusted among them) fail at once.
 *
 * <p>Threading: thread-safe; {@link #complete} blocks its caller (a worker thread, or the simulation
 * thread for a call it would wait for anyway: {@link LanguageModelSession#askHere}).
 */
public final class Endpoint {

    private static final Map<String, Endpoint> SHARED = new HashMap<>();
    /** The first backoff; each re-try doubles it. */
    private static final long FIRST_BACKOFF_MILLIS = 200;

    private final String provider;
    private final String baseUrl;
    private final int concurrency;
    private final Semaphore inFlight;
    private final Map<String, ChatModel> models = new ConcurrentHashMap<>();

    private Endpoint(String provider, String baseUrl, int concurrency) {
        this.provider = provider;
        this.baseUrl = baseUrl;
        this.concurrency = concurrency;
        this.inFlight = new Semaphore(concurrency, true);
    }

    /**
     * The process's endpoint for these settings' provider and URL; the first settings that name it fix
     * its concurrency.
     */
    public static Endpoint of(LlmSettings settings) {
        String id = settings.provider() + " " + settings.endpoint();
        synchronized (SHARED) {
            return SHARED.computeIfAbsent(id, k -> new Endpoint(settings.provider(), settings.endpoint(), settings.concurrency()));
        }
    }

    /** The base URL. */
    public String baseUrl() {
        return baseUrl;
    }

    /**
     * A failure to get an answer: the endpoint refused, failed or stayed silent through every re-try, or
     * failed in a way no re-try changes.
     */
    public static final class Unavailable extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int tries;

        Unavailable(String message, int tries, Throwable cause) {
            super(message, cause);
            this.tries = tries;
        }

        /** The tries made: one more than the re-tries, or fewer when a failure could not be re-tried. */
        public int tries() {
            return tries;
        }
    }

    /**
     * Asks the model, waiting for a free slot first; re-tries retriable failures.
     *
     * @throws Unavailable when every try failed, or a failure cannot be re-tried
     * @throws InterruptedException if interrupted while waiting
     */
    public ChatAnswer complete(ChatCall call, LlmSettings settings) throws InterruptedException {
        CallTrace.stamp(call, CallTrace.Moment.ENTERED);
        ChatModel model = models.computeIfAbsent(call.model(), name -> build(name, settings));
        ChatRequest request = ChatRequest.builder()
                .messages(SystemMessage.from(call.system()), UserMessage.from(call.user()))
                .temperature(call.temperature())
                .topP(call.topP())
                .maxOutputTokens(call.maxTokens())
                .build();
        RuntimeException last = null;
        int tries = 0;
        for (int attempt = 0; attempt <= settings.retries(); attempt++) {
            if (attempt > 0) {
                Thread.sleep(FIRST_BACKOFF_MILLIS << Math.min(attempt - 1, 10));
            }
            inFlight.acquire();
            tries++;
            BlockingHttpClient.CURRENT.set(call);
            try {
                ChatResponse response = model.chat(request);
                String text = response.aiMessage() == null || response.aiMessage().text() == null ? ""
                        : response.aiMessage().text();
                TokenUsage usage = response.tokenUsage();
                CallTrace.stamp(call, CallTrace.Moment.PARSED);
                return new ChatAnswer(text, usage == null || usage.inputTokenCount() == null ? 0 : usage.inputTokenCount(),
                        usage == null || usage.outputTokenCount() == null ? 0 : usage.outputTokenCount());
            } catch (RuntimeException e) {
                last = e;
                if (!retriable(e)) {
                    break;
                }
            } finally {
                BlockingHttpClient.CURRENT.remove();
                inFlight.release();
            }
        }
        String why = untrusted(last) ? ": its TLS certificate is not trusted for this host (" + brief(last) + "); a certificate "
                + "of your own is trusted with AGORA_JAVA_OPTS=-Djavax.net.ssl.trustStore=FILE (docs/models/commons-llm.md)"
                : " (" + brief(last) + ")";
        throw new Unavailable(call.model() + " at " + baseUrl + " did not answer" + why, tries, last);
    }

    private static boolean retriable(RuntimeException e) {
        if (untrusted(e)) {
            return false;
        }
        if (e instanceof RetriableException) {
            return true;
        }
        if (e instanceof HttpException http) {
            return http.statusCode() == 429 || http.statusCode() >= 500;
        }
        // A refused or reset connection comes wrapped; the server may be restarting.
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.io.IOException) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code failure} is the server's certificate, not signed by one the JVM trusts or not made
     * out to the host asked: no re-try can change that.
     */
    private static boolean untrusted(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof CertificateException || cause instanceof SSLPeerUnverifiedException) {
                return true;
            }
        }
        return false;
    }

    /** A failure in a few words: its kind and first line, never the request (which could hold a key in a header). */
    static String brief(Throwable failure) {
        if (failure == null) {
            return "no try was made";
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = firstLine(failure);
        String rootMessage = firstLine(root);
        String kind;
        if (root != failure && !rootMessage.isEmpty() && message.contains(rootMessage)) {
            // A wrapper that only repeats its cause ("x.y.SomeException: Connect to ... failed"): the cause says it once.
            kind = root.getClass().getSimpleName();
            message = rootMessage;
        } else {
            kind = failure.getClass().getSimpleName() + (root != failure ? "/" + root.getClass().getSimpleName() : "");
        }
        if (message.length() > 160) {
            message = message.substring(0, 160) + "…";
        }
        return message.isEmpty() ? kind : kind + ": " + message;
    }

    private static String firstLine(Throwable failure) {
        return failure.getMessage() == null ? "" : failure.getMessage().lines().findFirst().orElse("");
    }

    private ChatModel build(String modelName, LlmSettings settings) {
        Duration timeout = Duration.ofMillis((long) (settings.timeoutSeconds() * 1000));
        // Calls in flight never outnumber the slots, so each model's pool needs no more connections. The
        // timeout bounds each try as a whole (the call timeout), and within it the wait to connect and each
        // silence (LangChain4j's two timeouts, which its builders set from the same value).
        BlockingHttpClientBuilder http = BlockingHttpClient.builder(concurrency).callTimeout(timeout);
        if (provider.equals("ollama")) {
            return OllamaChatModel.builder().baseUrl(baseUrl).modelName(modelName).timeout(timeout).maxRetries(0)
                    .httpClientBuilder(http).build();
        }
        String key = settings.apiKey();
        return OpenAiChatModel.builder().baseUrl(baseUrl).apiKey(key.isEmpty() ? "none" : key).modelName(modelName)
                .timeout(timeout).maxRetries(0).httpClientBuilder(http).build();
    }
}
