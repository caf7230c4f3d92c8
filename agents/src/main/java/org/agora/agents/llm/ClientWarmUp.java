package org.agora.agents.llm;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.http.client.HttpRequest;
import dev.langchain4j.http.client.SuccessfulHttpResponse;
import dev.langchain4j.http.client.sse.ServerSentEventListener;
import dev.langchain4j.http.client.sse.ServerSentEventParser;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.openai.OpenAiChatModel;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Warms LangChain4j's OpenAI-compatible client path once per process, on a daemon thread, when the
 * first such endpoint is set up: building a request and its JSON, and parsing an answer, some
 * hundred times, so that the classes are loaded and the JIT has compiled that path before the
 * run's calls take it, rather than on the chain of dependent calls of the first runs. Nothing
 * leaves the process: the client's HTTP layer here is a local stand-in that answers every request
 * with one fixed answer, and no endpoint is asked.
 *
 * <p>Threading: thread-safe.
 */
final class ClientWarmUp {

    /**
     * Round trips through the local stand-in: enough to load the path's classes and have the JIT's
     * first compiler take it. More rounds would reach the optimizing compiler too, but at 3,000 the
     * warm-up took seconds of a core (7.5 s on a loaded 2-core machine) while the first runs needed it.
     */
    static final int ROUNDS = 500;

    private static final AtomicBoolean STARTED = new AtomicBoolean();
    private static final AtomicInteger ROUNDS_DONE = new AtomicInteger();
    private static final CountDownLatch DONE = new CountDownLatch(1);
    private static final String ANSWER = "{\"id\":\"warm-up\",\"object\":\"chat.completion\",\"created\":0,\"model\":\"warm-up\","
            + "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"Answer: 0\"},\"finish_reason\":\"stop\"}],"
            + "\"usage\":{\"prompt_tokens\":1,\"completion_tokens\":1,\"total_tokens\":2}}";

    private ClientWarmUp() {
    }

    /** Starts the warm-up unless it was started already in this process. */
    static void startOnce() {
        if (STARTED.compareAndSet(false, true)) {
            Thread thread = new Thread(ClientWarmUp::run, "llm-warm-up");
            thread.setDaemon(true);
            thread.start();
        }
    }

    /** Waits until the warm-up is over (for tests). */
    static void awaitDone() throws InterruptedException {
        DONE.await();
    }

    /** The round trips done so far. */
    static int roundsDone() {
        return ROUNDS_DONE.get();
    }

    private static void run() {
        try {
            ChatModel model = OpenAiChatModel.builder().baseUrl("http://127.0.0.1:9/v1").apiKey("none").modelName("warm-up")
                    .maxRetries(0).httpClientBuilder(new LocalAnswers()).build();
            ChatRequest request = ChatRequest.builder()
                    .messages(SystemMessage.from("You fish in a lake with others."), UserMessage.from("How many tons? ".repeat(200)))
                    .temperature(0.0).topP(1.0).maxOutputTokens(600).build();
            for (int i = 0; i < ROUNDS; i++) {
                model.chat(request);
                ROUNDS_DONE.incrementAndGet();
            }
        } catch (RuntimeException e) {
            // A warm-up that fails only leaves the path cold; the calls themselves report their failures.
        } finally {
            DONE.countDown();
        }
    }

    /** LangChain4j's HTTP layer answering locally, always with {@link #ANSWER}. */
    private static final class LocalAnswers implements HttpClientBuilder, HttpClient {
        private Duration connectTimeout = Duration.ofSeconds(1);
        private Duration readTimeout = Duration.ofSeconds(1);

        @Override
        public Duration connectTimeout() {
            return connectTimeout;
        }

        @Override
        public HttpClientBuilder connectTimeout(Duration timeout) {
            this.connectTimeout = timeout;
            return this;
        }

        @Override
        public Duration readTimeout() {
            return readTimeout;
        }

        @Override
        public HttpClientBuilder readTimeout(Duration timeout) {
            this.readTimeout = timeout;
            return this;
        }

        @Override
        public HttpClient build() {
            return this;
        }

        @Override
        public SuccessfulHttpResponse execute(HttpRequest request) {
            return SuccessfulHttpResponse.builder().statusCode(200)
                    .headers(Map.of("Content-Type", List.of("application/json"))).body(ANSWER).build();
        }

        @Override
        public void execute(HttpRequest request, ServerSentEventParser parser, ServerSentEventListener listener) {
            throw new UnsupportedOperationException("the warm-up does not stream");
        }
    }
}
