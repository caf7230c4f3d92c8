package org.agora.agents.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;
import javax.net.ssl.SSLContext;

/**
 * A real OpenAI-compatible chat server on 127.0.0.1 for tests and benchmarks, in HTTP or HTTPS: it answers
 * {@code POST …/chat/completions} by a deterministic rule computed from the prompt it receives
 * (by default {@link CommonsRule}, which reads the numbers the commons prompts state), and can be
 * told to answer slowly, a few bytes at a time, with an HTTP error, with garbage, or not at all. A
 * request that asks to be streamed ({@code "stream": true}) is answered with server-sent events.
 *
 * <p>Threading: thread-safe; requests are read on the server's dispatcher thread and answered on a
 * few threads of its own, many at once.
 */
public final class ChatServer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String JSON_TYPE = "application/json";

    static {
        // The JDK's server writes a response's headers and body apart; with Nagle's algorithm on, the
        // body then waits for the client's delayed acknowledgement (40 ms on Linux) now and then. Real
        // model servers (Ollama, vLLM) send with TCP_NODELAY; so does this one. Read once, when the JDK's
        // server first starts in the process.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final HttpServer server;
    /** Decides the answers as their requests are read, and writes them when their delay is over. */
    private final ScheduledExecutorService answering = Executors.newScheduledThreadPool(4, task -> {
        Thread thread = new Thread(task, "chat-server");
        thread.setDaemon(true);
        return thread;
    });
    private volatile Function<String, String> rule = CommonsRule::answer;
    private volatile long delayMillis;
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private volatile int failureStatus = 500;
    private final AtomicInteger garbageLeft = new AtomicInteger();
    private volatile boolean silent;
    private volatile Trickle trickle;
    private volatile Predicate<String> failing = prompt -> false;
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger mostInFlight = new AtomicInteger();
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    /** Kept apart from the copy-on-write lists: thousands of prompts, one added per request. */
    private final List<String> prompts = Collections.synchronizedList(new ArrayList<>());
    private final List<String> upgrades = new CopyOnWriteArrayList<>();
    private final List<Long> ownNanos = Collections.synchronizedList(new ArrayList<>());
    /** The client ends of the connections requests came on: one per connection, however many requests it carried. */
    private final Set<InetSocketAddress> clients = ConcurrentHashMap.newKeySet();

    private ChatServer(int port, SSLContext tls) throws IOException {
        InetSocketAddress address = new InetSocketAddress("127.0.0.1", port);
        if (tls == null) {
            server = HttpServer.create(address, 0);
        } else {
            HttpsServer https = HttpsServer.create(address, 0);
            https.setHttpsConfigurator(new HttpsConfigurator(tls));
            server = https;
        }
        server.createContext("/", this::handle);
        // No executor: each request is read on the server's dispatcher thread, which hands it on and never waits.
        server.setExecutor(null);
        server.start();
    }

    /** Starts a server on a free port of 127.0.0.1. */
    public static ChatServer start() {
        return start(0);
    }

    /** Starts a server on {@code port} of 127.0.0.1 (0: a free one), for example where a stopped one was. */
    public static ChatServer start(int port) {
        try {
            return new ChatServer(port, null);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Starts a server speaking HTTPS with {@code tls}'s certificate on a free port of 127.0.0.1. */
    public static ChatServer startTls(SSLContext tls) {
        try {
            return new ChatServer(0, tls);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The port it listens on. */
    public int port() {
        return server.getAddress().getPort();
    }

    /** The base URL an OpenAI-compatible client is given: {@code http://127.0.0.1:PORT/v1}, or {@code https://…}. */
    public String baseUrl() {
        return (server instanceof HttpsServer ? "https" : "http") + "://127.0.0.1:" + port() + "/v1";
    }

    /** Each answer waits this long first. */
    public ChatServer delay(long millis) {
        this.delayMillis = millis;
        return this;
    }

    /** The next {@code count} requests fail with HTTP {@code status}. */
    public ChatServer fail(int count, int status) {
        this.failureStatus = status;
        failuresLeft.set(count);
        return this;
    }

    /** From now on every request whose prompt (system and user messages joined) matches fails with HTTP {@code status}. */
    public ChatServer failWhen(Predicate<String> prompt, int status) {
        this.failureStatus = status;
        this.failing = prompt;
        return this;
    }

    /** The next {@code count} requests get an answer without the format asked for. */
    public ChatServer garbage(int count) {
        garbageLeft.set(count);
        return this;
    }

    /** From now on requests are never answered (until {@link #close()}). */
    public ChatServer silent(boolean on) {
        this.silent = on;
        return this;
    }

    /**
     * From now on each answer's headers (with the whole body's length) are sent at once, and then its
     * body {@code bytes} bytes every {@code everyMillis} ms: a server never silent for long, yet slow to
     * finish. {@code bytes} 0 turns it off.
     */
    public ChatServer trickle(int bytes, long everyMillis) {
        this.trickle = bytes == 0 ? null : new Trickle(bytes, everyMillis);
        return this;
    }

    /** How an answer's body is sent: {@code bytes} bytes every {@code everyMillis} ms. */
    private record Trickle(int bytes, long everyMillis) {
    }

    /** Answers by another rule: from the prompt (system and user messages joined) to the answer's text. */
    public ChatServer rule(Function<String, String> newRule) {
        this.rule = newRule;
        return this;
    }

    /** Requests received. */
    public int requests() {
        return requests.get();
    }

    /** The most requests that were being served at once. */
    public int mostInFlight() {
        return mostInFlight.get();
    }

    /** The Authorization headers received (to check that a key was sent). */
    public List<String> authorizations() {
        return authorizations;
    }

    /** The connections requests came on (a client that keeps its connections alive uses few). */
    public int connections() {
        return clients.size();
    }

    /** The {@code Upgrade} headers received: a client offering another protocol (h2c) on each request. */
    public List<String> upgrades() {
        return upgrades;
    }

    /**
     * The server's own time per answered request, in nanoseconds: from the handler's start to the
     * answer written, less the delay it was told to wait (reading and parsing the request, the rule,
     * writing the answer; not the JDK server's dispatching before the handler). A benchmark counts
     * it as the server's, not the client's.
     */
    public List<Long> ownNanos() {
        synchronized (ownNanos) {
            return List.copyOf(ownNanos);
        }
    }

    /** Every prompt received, system and user messages joined. */
    public List<String> prompts() {
        synchronized (prompts) {
            return List.copyOf(prompts);
        }
    }

    /**
     * Reads a request on the server's dispatcher thread and leaves the rest to its own threads: the
     * answer is decided (the JSON parsed, the rule applied, the answer's JSON made) at once, while
     * the delay runs, and written when the delay is over, counted from the request read. So the
     * server's work is not added to the delay, and a request costs one thread wake-up on its way
     * (the thread that writes the answer at its time) rather than two (a handler thread taking the
     * request, and its wake-up after sleeping). Failures, garbage and silence are decided the same way.
     */
    private void handle(HttpExchange exchange) throws IOException {
        long start = System.nanoTime();
        int now = inFlight.incrementAndGet();
        mostInFlight.accumulateAndGet(now, Math::max);
        boolean handedOn = false;
        try {
            requests.incrementAndGet();
            clients.add(exchange.getRemoteAddress());
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            if (authorization != null) {
                authorizations.add(authorization);
            }
            String upgrade = exchange.getRequestHeaders().getFirst("Upgrade");
            if (upgrade != null) {
                upgrades.add(upgrade);
            }
            byte[] request = exchange.getRequestBody().readAllBytes();
            long read = System.nanoTime();
            if (silent) {
                // Never answered: the exchange stays open (and counted as served) until the server closes.
                handedOn = true;
                return;
            }
            answering.execute(() -> decide(exchange, request, start, read));
            handedOn = true;
        } finally {
            if (!handedOn) {
                leave();
                exchange.close();
            }
        }
    }

    /** Decides the answer to a request read at {@code read}, and writes it when the delay from then is over. */
    private void decide(HttpExchange exchange, byte[] request, long start, long read) {
        Runnable write;
        try {
            JsonNode body = JSON.readTree(request);
            JsonNode messages = body.path("messages");
            String system = messages.path(0).path("content").asText();
            String user = messages.path(1).path("content").asText();
            CallTrace.stamp(system, user, CallTrace.Moment.SERVER_READ, read);
            StringBuilder prompt = new StringBuilder();
            for (JsonNode message : messages) {
                prompt.append(message.path("content").asText()).append('\n');
            }
            Answer answer = answer(body, prompt.toString());
            write = () -> write(exchange, answer, start, system, user);
        } catch (IOException | RuntimeException e) {
            // An unreadable request, or a rule that failed: the connection is dropped, as a crashed handler's would be.
            leave();
            exchange.close();
            return;
        }
        long wait = read + delayMillis * 1_000_000 - System.nanoTime();
        if (wait > 0) {
            answering.schedule(write, wait, TimeUnit.NANOSECONDS);
        } else {
            write.run();
        }
    }

    /** The status, content type and body of an answer, decided when its request was read. */
    private record Answer(int status, String contentType, String body) {
    }

    private Answer answer(JsonNode body, String prompt) {
        if (failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0 || failing.test(prompt)) {
            return new Answer(failureStatus, JSON_TYPE, "{\"error\":{\"message\":\"told to fail\",\"type\":\"server_error\"}}");
        }
        prompts.add(prompt);
        String text = garbageLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0 ? "Hmm, hard to say." : ruleAnswer(prompt);
        int promptTokens = prompt.length() / 4;
        int completionTokens = Math.max(1, text.length() / 4);
        try {
            if (body.path("stream").asBoolean(false)) {
                return new Answer(200, "text/event-stream", streamed(body, text, promptTokens, completionTokens));
            }
            ObjectNode reply = reply(body, "chat.completion");
            ObjectNode choice = reply.putArray("choices").addObject();
            choice.put("index", 0);
            choice.putObject("message").put("role", "assistant").put("content", text);
            choice.put("finish_reason", "stop");
            usage(reply, promptTokens, completionTokens);
            return new Answer(200, JSON_TYPE, JSON.writeValueAsString(reply));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private ObjectNode reply(JsonNode body, String object) {
        ObjectNode reply = JSON.createObjectNode();
        reply.put("id", "chat-" + requests.get());
        reply.put("object", object);
        reply.put("created", 0);
        reply.put("model", body.path("model").asText());
        return reply;
    }

    private static void usage(ObjectNode reply, int promptTokens, int completionTokens) {
        reply.putObject("usage").put("prompt_tokens", promptTokens).put("completion_tokens", completionTokens)
                .put("total_tokens", promptTokens + completionTokens);
    }

    /**
     * The answer as server-sent events, as an OpenAI-compatible server streams it: one chunk per word
     * (its space kept), a last chunk with the finish reason and the usage, then {@code [DONE]}.
     */
    private String streamed(JsonNode body, String text, int promptTokens, int completionTokens) throws IOException {
        StringBuilder events = new StringBuilder();
        for (String piece : text.split("(?<= )")) {
            ObjectNode chunk = reply(body, "chat.completion.chunk");
            ObjectNode choice = chunk.putArray("choices").addObject();
            choice.put("index", 0);
            choice.putObject("delta").put("content", piece);
            events.append("data: ").append(JSON.writeValueAsString(chunk)).append("\n\n");
        }
        ObjectNode last = reply(body, "chat.completion.chunk");
        ObjectNode choice = last.putArray("choices").addObject();
        choice.put("index", 0);
        choice.putObject("delta");
        choice.put("finish_reason", "stop");
        usage(last, promptTokens, completionTokens);
        events.append("data: ").append(JSON.writeValueAsString(last)).append("\n\n");
        return events.append("data: [DONE]\n\n").toString();
    }

    /** Writes an answer when its time has come; a request stops counting as served before its answer is sent. */
    private void write(HttpExchange exchange, Answer answer, long start, String system, String user) {
        CallTrace.stamp(system, user, CallTrace.Moment.SERVER_WOKE);
        // Once the client has the answer it may send its next request, which must not find this one still counted.
        leave();
        Trickle slowly = trickle;
        if (slowly != null) {
            trickle(exchange, answer, slowly);
            return;
        }
        try {
            send(exchange, answer.status(), answer.contentType(), answer.body());
            CallTrace.stamp(system, user, CallTrace.Moment.SERVER_WRITTEN);
            if (answer.status() == 200) {
                ownNanos.add(System.nanoTime() - start - delayMillis * 1_000_000);
            }
        } catch (IOException e) {
            // The client went away (it timed out, or the test is over): nothing to answer.
        } finally {
            exchange.close();
        }
    }

    /** Sends the headers now and the body a few bytes at a time, each piece on the server's own threads when its time comes. */
    private void trickle(HttpExchange exchange, Answer answer, Trickle slowly) {
        byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
        try {
            exchange.getResponseHeaders().set("Content-Type", answer.contentType());
            exchange.sendResponseHeaders(answer.status(), bytes.length);
            exchange.getResponseBody().flush();
        } catch (IOException e) {
            exchange.close();
            return;
        }
        trickleLater(exchange, bytes, 0, slowly);
    }

    private void trickleLater(HttpExchange exchange, byte[] bytes, int offset, Trickle slowly) {
        try {
            answering.schedule(() -> trickleFrom(exchange, bytes, offset, slowly), slowly.everyMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            // The server is closing.
            exchange.close();
        }
    }

    private void trickleFrom(HttpExchange exchange, byte[] bytes, int offset, Trickle slowly) {
        int end = Math.min(bytes.length, offset + slowly.bytes());
        try {
            OutputStream out = exchange.getResponseBody();
            out.write(bytes, offset, end - offset);
            out.flush();
        } catch (IOException e) {
            // The client went away (its deadline passed): nothing more to send.
            exchange.close();
            return;
        }
        if (end == bytes.length) {
            exchange.close();
        } else {
            trickleLater(exchange, bytes, end, slowly);
        }
    }

    private boolean leave() {
        inFlight.decrementAndGet();
        return true;
    }

    /** The rule's answer; a rule that fails is reported with the prompt it failed on, for the test's log. */
    private String ruleAnswer(String prompt) {
        try {
            return rule.apply(prompt);
        } catch (RuntimeException e) {
            System.err.println("chat server: the rule failed on this prompt:\n" + prompt);
            e.printStackTrace();
            throw e;
        }
    }

    private static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** Stops the server and every request it is still serving. */
    @Override
    public void close() {
        server.stop(0);
        answering.shutdownNow();
    }
}
