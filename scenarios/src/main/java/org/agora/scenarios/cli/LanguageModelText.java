package org.agora.scenarios.cli;

import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import org.agora.agents.llm.LlmSettings;

/**
 * The line {@code agora run} prints about a run's language-model calls, from the {@value LlmSettings#KEY} part
 * of its manifest: how many calls, how many the cache answered, the tokens, the re-asks and fallbacks, and the
 * wall time the run spent waiting for answers. A replay shows every call answered from the cache.
 */
final class LanguageModelText {

    private LanguageModelText() {
    }

    /** The line, or empty for a run without language-model members. */
    static Optional<String> line(Map<String, Object> modelReport) {
        if (modelReport == null || !(modelReport.get(LlmSettings.KEY) instanceof Map<?, ?> llm)) {
            return Optional.empty();
        }
        long calls = count(llm, "calls");
        long prompt = count(llm, "promptTokens");
        long completion = count(llm, "completionTokens");
        StringJoiner fellBack = new StringJoiner(", ", " (", ")").setEmptyValue("");
        long fallbacks = 0;
        if (llm.get("fallbacks") instanceof Map<?, ?> byPurpose) {
            for (Map.Entry<?, ?> purpose : byPurpose.entrySet()) {
                long n = ((Number) purpose.getValue()).longValue();
                fallbacks += n;
                fellBack.add(purpose.getKey() + " " + n);
            }
        }
        return Optional.of(String.format("language models: %,d calls answered, %,d from the cache and %,d by the endpoint; "
                        + "%,d tokens (%,d prompt, %,d completion); %,d re-asks, %,d fallbacks%s; %.2f s waiting for answers",
                calls, count(llm, "cacheHits"), count(llm, "endpointCalls"), prompt + completion, prompt, completion,
                count(llm, "reasks"), fallbacks, fellBack, ((Number) llm.get("waitSeconds")).doubleValue()));
    }

    private static long count(Map<?, ?> report, String key) {
        return ((Number) report.get(key)).longValue();
    }
}
