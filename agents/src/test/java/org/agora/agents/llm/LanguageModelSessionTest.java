package org.agora.agents.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.agora.core.event.EventBus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which thread makes a session's asked calls ({@code helpWithNewest}): against the real test chat
 * server, with worker threads a test can hold back, so that what the server receives, and when,
 * shows which thread sent it.
 */
class LanguageModelSessionTest {

    @TempDir
    Path dir;

    private final Workers workers = new Workers();
    private final ChatServer server = ChatServer.start().rule(prompt -> {
        // The first request to arrive lets the workers go: until then none of them can send one.
        workers.release();
        return "Answer: " + prompt.lines().skip(1).findFirst().orElse("?").length();
    });
    private final List<LanguageModelCalled> events = new ArrayList<>();

    @AfterEach
    void stop() {
        workers.release();
        server.close();
    }

    /** Workers whose threads each wait to be let go before making their call. */
    private static final class Workers implements Executor {
        private final CountDownLatch go = new CountDownLatch(1);
        private final boolean held;

        Workers() {
            this(true);
        }

        Workers(boolean held) {
            this.held = held;
            if (!held) {
                go.countDown();
            }
        }

        @Override
        public void execute(Runnable call) {
            Thread worker = new Thread(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    return;
                }
                call.run();
            }, held ? "held-llm-call" : "llm-call");
            worker.setDaemon(true);
            worker.start();
        }

        void release() {
            go.countDown();
        }
    }

    private LanguageModelSession session(Executor callers) {
        LlmSettings settings = LlmSettings.defaults().withEndpoint(server.baseUrl()).withCache(dir, CacheMode.OFF)
                .withLimits(4, 10, 0, 0);
        EventBus bus = new EventBus("session-test", () -> 0);
        bus.subscribe(LanguageModelCalled.class, events::add);
        return new LanguageModelSession(settings, bus, null, callers);
    }

    private static ChatCall call(LanguageModelSession session, String user) {
        return session.call("act", "test-model", "You fish.", user);
    }

    @Test
    @Timeout(10)
    void theNewestCallNoWorkerTookIsMadeOnTheWaitingThreadAndEveryCallOnceWithEventsInAwaitOrder() {
        try (LanguageModelSession session = session(workers)) {
            List<ChatCall> calls = List.of(call(session, "a"), call(session, "bb"), call(session, "ccc"));
            List<CompletableFuture<Reply>> pending = calls.stream().map(session::ask).toList();

            // The workers are held until the server has a request: the first one it gets is made by this thread
            // (were it not, this thread and the workers would wait for each other until the test's timeout).
            List<Reply> replies = pending.stream().map(session::await).toList();
            replies.forEach(reply -> session.record("agent-0", 1, reply));

            assertThat(server.prompts()).as("each call made once").hasSize(3)
                    .extracting(prompt -> prompt.lines().skip(1).findFirst().orElseThrow())
                    .containsExactlyInAnyOrder("a", "bb", "ccc")
                    .first().as("the newest, made by the waiting thread before any worker could").isEqualTo("ccc");
            assertThat(replies).extracting(Reply::text).containsExactly("Answer: 1", "Answer: 2", "Answer: 3");
            assertThat(events).extracting(LanguageModelCalled::promptHash).as("in the order awaited, not answered")
                    .containsExactlyElementsOf(calls.stream().map(ChatCall::promptHash).toList());
        }
    }

    @Test
    void callsTheWorkersTookBeforeTheWaitStartedAreMadeByThemOnlyAndTheWaitingThreadMakesNone() throws InterruptedException {
        try (LanguageModelSession session = session(new Workers(false))) {
            List<ChatCall> calls = List.of(call(session, "a"), call(session, "bb"), call(session, "ccc"));
            List<CompletableFuture<Reply>> pending = calls.stream().map(session::ask).toList();
            waitForRequests(3);

            List<Reply> replies = pending.stream().map(session::await).toList();
            replies.forEach(reply -> session.record("agent-0", 1, reply));

            assertThat(server.requests()).as("nothing more sent once every call was taken").isEqualTo(3);
            assertThat(replies).extracting(Reply::text).containsExactly("Answer: 1", "Answer: 2", "Answer: 3");
            assertThat(events).extracting(LanguageModelCalled::promptHash)
                    .containsExactlyElementsOf(calls.stream().map(ChatCall::promptHash).toList());
        }
    }

    private void waitForRequests(int count) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (server.requests() < count && System.nanoTime() < end) {
            Thread.sleep(5);
        }
        assertThat(server.requests()).isEqualTo(count);
    }
}
