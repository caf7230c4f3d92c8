package org.agora.agents.llm;

import org.agora.core.scenario.ScenarioSpec;

/**
 * Points scenarios with language-model members at a test {@link ChatServer} shared by the tests of
 * one JVM (started on first use, stopped with the JVM), with the cache off: catalog tests run the
 * shipped llm entries without a language model, every other entry unchanged.
 */
public final class TestEndpoints {

    private static ChatServer shared;

    private TestEndpoints() {
    }

    /** The shared server. */
    public static synchronized ChatServer server() {
        if (shared == null) {
            shared = ChatServer.start();
        }
        return shared;
    }

    /** Whether {@code spec} has an llm block. */
    public static boolean usesLanguageModels(ScenarioSpec spec) {
        return spec.section(LlmSettings.KEY, LlmSettings.class).isPresent();
    }

    /** {@code spec} asking the shared test server, without a cache; a spec without an llm block as it is. */
    public static ScenarioSpec onTestServer(ScenarioSpec spec) {
        return spec.section(LlmSettings.KEY, LlmSettings.class)
                .map(settings -> spec.withSection(LlmSettings.KEY,
                        settings.withEndpoint(server().baseUrl()).withCache(settings.cache(), CacheMode.OFF)))
                .orElse(spec);
    }
}
