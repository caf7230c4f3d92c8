package org.agora.scenarios.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;

/**
 * An OpenAI-compatible chat endpoint on 127.0.0.1 that needs no model: every call gets one reply
 * that each purpose of a language-model member reads (a number after {@code Answer:}, a turn that
 * ends the meeting, a summary, an insight). It lets {@link ClassArchiveRuns} take a society of
 * language-model members through every phase of a month, so that the launcher's class-data archive
 * holds the classes such a run loads: the chat client, the response cache's store, the embedding
 * model's runtime. It decides nothing worth studying: every member asks for one unit every month.
 *
 * <p>Threading: the JDK server's thread answers; {@link #start} and {@link #close} on any thread.
 */
final class RehearsalEndpoint implements AutoCloseable {

    /** The one reply, read by every purpose. */
    static final String REPLY = String.join("\n",
            "Answer: 1",
            "Utterance: Let us each take one this month.",
            "Next speaker: nobody",
            "End meeting: yes",
            "Summary: Everyone agreed to take one each.",
            "Insight: Taking little keeps the stock high.");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COMPLETIONS = "/v1/chat/completions";

    private final HttpServer server;

    private RehearsalEndpoint(HttpServer server) {
        this.server = server;
    }

    /** Starts answering on a free port of 127.0.0.1. */
    static RehearsalEndpoint start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        RehearsalEndpoint endpoint = new RehearsalEndpoint(server);
        server.createContext("/", endpoint::answer);
        server.start();
        return endpoint;
    }

    /** The base URL a scenario's {@code llm.endpoint} names. */
    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            byte[] request = in.readAllBytes();
            if (!exchange.getRequestMethod().equals("POST") || !exchange.getRequestURI().getPath().equals(COMPLETIONS)) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            JsonNode body = JSON.readTree(request);
            ObjectNode reply = JSON.createObjectNode();
            reply.put("id", "rehearsal");
            reply.put("object", "chat.completion");
            reply.put("created", 0);
            reply.put("model", body.path("model").asText("rehearsal"));
            ObjectNode choice = reply.putArray("choices").addObject();
            choice.put("index", 0);
            choice.putObject("message").put("role", "assistant").put("content", REPLY);
            choice.put("finish_reason", "stop");
            // Token counts as a rough four bytes a token: the run counts them, nothing decides by them.
            int promptTokens = request.length / 4;
            int completionTokens = REPLY.length() / 4;
            ObjectNode usage = reply.putObject("usage");
            usage.put("prompt_tokens", promptTokens);
            usage.put("completion_tokens", completionTokens);
            usage.put("total_tokens", promptTokens + completionTokens);
            byte[] bytes = JSON.writeValueAsBytes(reply);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
