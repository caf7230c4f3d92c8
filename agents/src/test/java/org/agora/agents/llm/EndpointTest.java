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
}
