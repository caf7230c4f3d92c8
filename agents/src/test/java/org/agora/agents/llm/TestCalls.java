package org.agora.agents.llm;

import dev.langchain4j.http.client.HttpMethod;
import dev.langchain4j.http.client.HttpRequest;
import java.time.Duration;

/** The HTTP layer's tests' one chat request and their client of it, as LangChain4j's OpenAI client would send and build them. */
final class TestCalls {

    /** The key every request carries; no message may name it. */
    static final String SECRET = "sk-test-never-in-a-message";

    private TestCalls() {
    }

    /** A chat completion request to {@code baseUrl}, streamed or not, with {@link #SECRET} as its bearer key. */
    static HttpRequest chat(String baseUrl, boolean stream) {
        String body = "{\"model\":\"m\",\"stream\":" + stream + ",\"messages\":[{\"role\":\"system\",\"content\":\"You fish.\"},"
                + "{\"role\":\"user\",\"content\":\"How many tons?\"}]}";
        return HttpRequest.builder().method(HttpMethod.POST).url(baseUrl + "/chat/completions")
                .addHeader("Content-Type", "application/json").addHeader("Authorization", "Bearer " + SECRET).body(body)
                .build();
    }

    /** A client of at most {@code connections} connections: 2 s to connect, 5 s of silence, 5 s a call. */
    static BlockingHttpClient client(int connections) {
        return BlockingHttpClient.builder(connections).connectTimeout(Duration.ofSeconds(2)).readTimeout(Duration.ofSeconds(5))
                .callTimeout(Duration.ofSeconds(5)).build();
    }
}
