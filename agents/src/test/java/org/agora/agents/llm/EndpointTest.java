package org.agora.agents.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import org.junit.jupiter.api.Test;

class EndpointTest {

    @Test
    void plainHttpServersAreAskedInHttp11AndTlsOnesMayAgreeOnHttp2() {
        assertThat(Endpoint.httpVersion("http://127.0.0.1:11434/v1")).isEqualTo(HttpClient.Version.HTTP_1_1);
        assertThat(Endpoint.httpVersion("HTTP://localhost:8000/v1")).isEqualTo(HttpClient.Version.HTTP_1_1);
        assertThat(Endpoint.httpVersion("https://api.openai.com/v1")).isEqualTo(HttpClient.Version.HTTP_2);
    }

    /**
     * The first OpenAI-compatible endpoint of a process warms LangChain4j's client path in the
     * background, through a local stand-in of its HTTP layer: every round trip must get through
     * (a LangChain4j that no longer accepts the stand-in would leave the path cold without a word),
     * and the endpoint itself is not asked.
     */
    @Test
    void theFirstEndpointWarmsTheClientPathLocallyWithoutAskingTheServer() throws InterruptedException {
        try (ChatServer server = ChatServer.start()) {
            Endpoint.of(LlmSettings.defaults().withEndpoint(server.baseUrl()));
            ClientWarmUp.awaitDone();
            assertThat(ClientWarmUp.roundsDone()).isEqualTo(ClientWarmUp.ROUNDS);
            assertThat(server.requests()).isZero();
        }
    }
}
