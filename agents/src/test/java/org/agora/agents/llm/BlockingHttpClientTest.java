package org.agora.agents.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.agora.agents.llm.TestCalls.SECRET;
import static org.agora.agents.llm.TestCalls.chat;
import static org.agora.agents.llm.TestCalls.client;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.TimeoutException;
import dev.langchain4j.http.client.SuccessfulHttpResponse;
import dev.langchain4j.http.client.sse.DefaultServerSentEventParser;
import dev.langchain4j.http.client.sse.ServerSentEvent;
import dev.langchain4j.http.client.sse.ServerSentEventListener;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The HTTP layer under LangChain4j, against the real test chat server on 127.0.0.1. */
class BlockingHttpClientTest {

    private final ChatServer server = ChatServer.start().rule(prompt -> "I will catch 7 tons. Answer: 7");

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void anAnswerIsReadAndItsConnectionKeptAliveForTheNextRequests() {
        BlockingHttpClient client = client(4);

        for (int i = 0; i < 20; i++) {
            SuccessfulHttpResponse response = client.execute(chat(server.baseUrl(), false));
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains("Answer: 7");
            assertThat(response.headers().keySet()).anyMatch(name -> name.equalsIgnoreCase("Content-Type"));
        }

        assertThat(server.requests()).isEqualTo(20);
        assertThat(server.connections()).as("one connection carried every request").isEqualTo(1);
        assertThat(client.openConnections()).isEqualTo(1);
        assertThat(server.authorizations()).containsOnly("Bearer " + SECRET);
    }

    @Test
    void callsAtOnceOpenNoMoreConnectionsThanThePoolHolds() throws Exception {
        BlockingHttpClient client = client(3);
        server.delay(20);
        ExecutorService callers = Executors.newFixedThreadPool(6);
        try {
            List<Future<SuccessfulHttpResponse>> answers = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                answers.add(callers.submit(() -> client.execute(chat(server.baseUrl(), false))));
            }
            for (Future<SuccessfulHttpResponse> answer : answers) {
                assertThat(answer.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
            }
        } finally {
            callers.shutdownNow();
        }

        assertThat(server.mostInFlight()).as("calls overlapped up to the pool's size").isEqualTo(3);
        assertThat(server.connections()).isLessThanOrEqualTo(3);
    }

    @Test
    void aStatusOtherThan2xxIsAnHttpExceptionWithItsCodeAndWithoutTheKey() {
        BlockingHttpClient client = client(1);

        for (int status : new int[] {429, 500, 503, 400}) {
            server.fail(1, status);
            assertThatThrownBy(() -> client.execute(chat(server.baseUrl(), false)))
                    .isInstanceOfSatisfying(HttpException.class, e -> assertThat(e.statusCode()).isEqualTo(status))
                    .hasMessageContaining("told to fail").hasMessageNotContaining(SECRET);
        }
        assertThat(client.execute(chat(server.baseUrl(), false)).statusCode()).as("the next request is answered").isEqualTo(200);
        assertThat(server.connections()).as("an error's connection is kept too").isEqualTo(1);
    }

    @Test
    void aSilentServerTimesOutAfterTheReadTimeout() {
        BlockingHttpClient client = BlockingHttpClient.builder(1).readTimeout(Duration.ofMillis(300)).build();
        server.silent(true);

        long start = System.nanoTime();
        assertThatThrownBy(() -> client.execute(chat(server.baseUrl(), false))).isInstanceOf(TimeoutException.class)
                .hasMessageNotContaining(SECRET);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(250), Duration.ofSeconds(5));
    }

    @Test
    void anAnswerTrickledSlowerThanTheCallTimeoutIsCutOffAtTheCallTimeout() {
        // Never silent for the read timeout (1 s), but the whole answer, 4 bytes every 40 ms, would take 2 s or more.
        BlockingHttpClient client = BlockingHttpClient.builder(1).readTimeout(Duration.ofSeconds(1))
                .callTimeout(Duration.ofMillis(600)).build();
        server.trickle(4, 40);

        long start = System.nanoTime();
        assertThatThrownBy(() -> client.execute(chat(server.baseUrl(), false))).isInstanceOf(TimeoutException.class)
                .hasMessageContaining("600 ms").hasMessageNotContaining(SECRET);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(590), Duration.ofMillis(1_500));

        server.trickle(0, 0);
        assertThat(client.execute(chat(server.baseUrl(), false)).body()).as("the next call, on a new connection")
                .contains("Answer: 7");
        assertThat(client.openConnections()).isEqualTo(1);
    }

    @Test
    void anAnswerTrickledWithinTheCallTimeoutIsReadWhole() {
        BlockingHttpClient client = BlockingHttpClient.builder(1).readTimeout(Duration.ofSeconds(1))
                .callTimeout(Duration.ofSeconds(5)).build();
        server.trickle(64, 20);

        assertThat(client.execute(chat(server.baseUrl(), false)).body()).contains("\"content\":\"I will catch 7 tons. Answer: 7\"");
    }

    @Test
    void aStreamTrickledSlowerThanTheCallTimeoutEndsWithAnErrorAtTheCallTimeout() {
        BlockingHttpClient client = BlockingHttpClient.builder(1).readTimeout(Duration.ofSeconds(1))
                .callTimeout(Duration.ofMillis(400)).build();
        server.trickle(4, 40);
        Recording listener = new Recording();

        long start = System.nanoTime();
        client.execute(chat(server.baseUrl(), true), new DefaultServerSentEventParser(), listener);
        List<Object> outcomes = listener.outcomes;

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(390), Duration.ofMillis(1_500));
        // LangChain4j's parser reports the stream cut off under it as its error, then the stream is closed.
        assertThat(outcomes).first().isEqualTo(200);
        assertThat(outcomes).filteredOn(Throwable.class::isInstance).singleElement().isInstanceOf(IOException.class);
        assertThat(outcomes).last().isEqualTo("closed");
    }

    @Test
    void aRefusedConnectionSurfacesAsAnIoExceptionCause() {
        String gone = server.baseUrl();
        server.close();

        assertThatThrownBy(() -> client(1).execute(chat(gone, false))).isInstanceOf(UncheckedIOException.class)
                .hasCauseInstanceOf(IOException.class).hasMessageNotContaining(SECRET);
    }

    @Test
    void aConnectionTheServerClosedWhileIdleIsReplacedInsteadOfFailingTheCall() throws InterruptedException {
        BlockingHttpClient client = client(1);
        assertThat(client.execute(chat(server.baseUrl(), false)).statusCode()).isEqualTo(200);
        int port = server.port();
        server.close();
        // Longer than the pool leaves a connection unchecked (2 s): the closed one is found out before use.
        Thread.sleep(2_100);

        try (ChatServer restarted = ChatServer.start(port).rule(prompt -> "Answer: 7")) {
            assertThat(client.execute(chat(restarted.baseUrl(), false)).body()).contains("Answer: 7");
            assertThat(restarted.connections()).isEqualTo(1);
        }
    }

    @Test
    void whileATraceIsOnTheCallIsStampedInTheLayerInOrder() {
        BlockingHttpClient client = client(1);
        ChatCall call = new ChatCall("act", "m", "You fish.", "How many tons?", 0, 1, 16, 0);
        CallTrace.start();
        BlockingHttpClient.CURRENT.set(call);
        try {
            client.execute(chat(server.baseUrl(), false));
        } finally {
            BlockingHttpClient.CURRENT.remove();
        }
        List<CallTrace.Stamp> stamps = CallTrace.stop();

        assertThat(stamps).allSatisfy(stamp -> assertThat(stamp.user()).isEqualTo("How many tons?"));
        // The server stamps on its own threads, when it read the request (it may read it before the
        // client's thread gets to stamp it written): the client's own stamps are checked in order.
        List<CallTrace.Stamp> clientSide = stamps.stream().filter(stamp -> !stamp.moment().name().startsWith("SERVER_")).toList();
        assertThat(clientSide).extracting(CallTrace.Stamp::moment).containsExactly(CallTrace.Moment.HANDED,
                CallTrace.Moment.WRITTEN, CallTrace.Moment.BODY_RECEIVED, CallTrace.Moment.RETURNED);
        assertThat(clientSide).extracting(CallTrace.Stamp::nanos).isSorted();
        assertThat(stamps).extracting(CallTrace.Stamp::moment).contains(CallTrace.Moment.SERVER_READ);
    }

    @Test
    void serverSentEventsAreParsedByLangChain4jsParserAndEndWithTheClose() {
        Recording listener = new Recording();

        client(1).execute(chat(server.baseUrl(), true), new DefaultServerSentEventParser(), listener);

        assertThat(listener.outcomes).containsExactly(200, "closed");
        List<String> events = listener.events;
        assertThat(events).hasSizeGreaterThan(2).last().isEqualTo("[DONE]");
        assertThat(String.join("", events)).contains("\"content\":\"Answer: \"");
    }

    @Test
    void aStreamedAnswerAndItsFailureReachLangChain4jsStreamingModel() throws Exception {
        OpenAiStreamingChatModel model = OpenAiStreamingChatModel.builder().baseUrl(server.baseUrl()).apiKey(SECRET)
                .modelName("m").httpClientBuilder(BlockingHttpClient.builder(1)).build();
        ChatRequest request = ChatRequest.builder().messages(SystemMessage.from("You fish."), UserMessage.from("How many tons?"))
                .build();
        String whole = OpenAiChatModel.builder().baseUrl(server.baseUrl()).apiKey(SECRET).modelName("m")
                .httpClientBuilder(BlockingHttpClient.builder(1)).build().chat(request).aiMessage().text();

        assertThat(stream(model, request).get(5, TimeUnit.SECONDS).aiMessage().text()).isEqualTo(whole)
                .isEqualTo("I will catch 7 tons. Answer: 7");
        server.fail(1, 500);
        assertThat(stream(model, request)).failsWithin(5, TimeUnit.SECONDS).withThrowableThat()
                .havingRootCause().isInstanceOf(HttpException.class);
    }

    /** Records what a stream's listener is told: the events' data apart, the rest (status, failures, close) in order. */
    private static final class Recording implements ServerSentEventListener {
        final List<String> events = new ArrayList<>();
        final List<Object> outcomes = new ArrayList<>();

        @Override
        public void onOpen(SuccessfulHttpResponse response) {
            outcomes.add(response.statusCode());
        }

        @Override
        public void onEvent(ServerSentEvent event) {
            events.add(event.data());
        }

        @Override
        public void onError(Throwable failure) {
            outcomes.add(failure);
        }

        @Override
        public void onClose() {
            outcomes.add("closed");
        }
    }

    private static CompletableFuture<ChatResponse> stream(OpenAiStreamingChatModel model, ChatRequest request) {
        CompletableFuture<ChatResponse> done = new CompletableFuture<>();
        model.chat(request, new StreamingChatResponseHandler() {
            @Override
            public void onPartialResponse(String partial) {
            }

            @Override
            public void onCompleteResponse(ChatResponse response) {
                done.complete(response);
            }

            @Override
            public void onError(Throwable failure) {
                done.completeExceptionally(failure);
            }
        });
        return done;
    }
}
