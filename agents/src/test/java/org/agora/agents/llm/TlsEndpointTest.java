package org.agora.agents.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.agora.agents.llm.TestCalls.chat;
import static org.agora.agents.llm.TestCalls.client;

import dev.langchain4j.exception.TimeoutException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import javax.net.ssl.SSLHandshakeException;
import org.agora.core.event.EventBus;
import org.agora.core.run.RunFailure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Endpoints spoken to over TLS: a real HTTPS chat server on 127.0.0.1 with a certificate made at
 * test time, trusted the way a user trusts a certificate of their own (the {@code javax.net.ssl.trustStore}
 * system properties), or not.
 */
class TlsEndpointTest {

    @TempDir
    static Path certificates;

    /** The server's own certificate, for 127.0.0.1. */
    private static TestCertificate local;
    /** A certificate for another host. */
    private static TestCertificate elsewhere;

    @BeforeAll
    static void makeCertificates() {
        local = TestCertificate.make(certificates, "chat-server", "ip:127.0.0.1,dns:localhost");
        elsewhere = TestCertificate.make(certificates, "elsewhere", "dns:model.example.org");
    }

    /** A session asking {@code server} for one answer, with {@code retries} re-tries; the answer's text. */
    private static String askOnce(ChatServer server, int retries) {
        LlmSettings settings = LlmSettings.defaults().withEndpoint(server.baseUrl()).withCache(certificates, CacheMode.OFF);
        settings = settings.withLimits(1, 5, retries, 0);
        try (LanguageModelSession session = new LanguageModelSession(settings, new EventBus("tls", () -> 0), null)) {
            return session.await(session.ask(session.call("act", "test-model", "You fish.", "How many tons?"))).text();
        }
    }

    @Test
    void aCallOverTlsIsAnsweredWhenTheJvmTrustsTheServersCertificate() {
        try (ChatServer server = ChatServer.startTls(local.serverContext()).rule(prompt -> "Answer: 7");
                TestCertificate.Trust trust = local.trustedByTheJvm()) {
            assertThat(server.baseUrl()).startsWith("https://127.0.0.1:");

            BlockingHttpClient client = client(1);
            for (int i = 0; i < 3; i++) {
                assertThat(client.execute(chat(server.baseUrl(), false)).body()).contains("\"content\":\"Answer: 7\"");
            }
            assertThat(server.connections()).as("one TLS connection kept alive for every call").isEqualTo(1);
            assertThat(askOnce(server, 0)).as("through a whole session and its endpoint").isEqualTo("Answer: 7");
            assertThat(server.requests()).isEqualTo(4);
        }
    }

    @Test
    void aCertificateTheJvmDoesNotTrustFailsTheCallAtOnceAndIsNotRetried() {
        try (ChatServer server = ChatServer.startTls(local.serverContext()).rule(prompt -> "Answer: 7")) {
            assertThatThrownBy(() -> client(1).execute(chat(server.baseUrl(), false))).isInstanceOf(UncheckedIOException.class)
                    .hasCauseInstanceOf(SSLHandshakeException.class);

            long start = System.nanoTime();
            assertThatThrownBy(() -> askOnce(server, 3)).isInstanceOf(RunFailure.class)
                    .hasMessageStartingWith("language model endpoint lost: test-model at " + server.baseUrl())
                    .hasMessageContaining("certificate is not trusted").hasMessageContaining("javax.net.ssl.trustStore")
                    .hasMessageContaining("after 1 try").hasMessageNotContaining("\n");
            // Three re-tries would have waited 0.2 + 0.4 + 0.8 s between them.
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
            assertThat(server.requests()).as("no request reached the server").isZero();
        }
    }

    @Test
    void aTrustedCertificateOfAnotherHostFailsTheCallAtOnceAndIsNotRetried() {
        try (ChatServer server = ChatServer.startTls(elsewhere.serverContext()).rule(prompt -> "Answer: 7");
                TestCertificate.Trust trust = elsewhere.trustedByTheJvm()) {
            assertThatThrownBy(() -> client(1).execute(chat(server.baseUrl(), false))).isInstanceOf(UncheckedIOException.class)
                    .hasCauseInstanceOf(SSLHandshakeException.class).hasMessageContaining("127.0.0.1");
            assertThatThrownBy(() -> askOnce(server, 3)).isInstanceOf(RunFailure.class)
                    .hasMessageContaining("certificate is not trusted").hasMessageContaining("after 1 try");
            assertThat(server.requests()).isZero();
        }
    }

    @Test
    void anAnswerTrickledOverTlsIsCutOffAtTheCallTimeout() {
        try (ChatServer server = ChatServer.startTls(local.serverContext()).rule(prompt -> "Answer: 7").trickle(4, 40);
                TestCertificate.Trust trust = local.trustedByTheJvm()) {
            BlockingHttpClient client = BlockingHttpClient.builder(1).readTimeout(Duration.ofSeconds(1))
                    .callTimeout(Duration.ofMillis(500)).build();

            long start = System.nanoTime();
            assertThatThrownBy(() -> client.execute(chat(server.baseUrl(), false))).isInstanceOf(TimeoutException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(490), Duration.ofMillis(1_500));
        }
    }
}
