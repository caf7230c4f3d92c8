package org.agora.agents.llm;

import java.util.Objects;

/**
 * A model's answer to a {@link ChatCall}, as the endpoint counted it.
 *
 * @param text the answer's text
 * @param promptTokens tokens of the request, as the endpoint reported them (0 if it did not)
 * @param completionTokens tokens of the answer (0 if not reported)
 */
public record ChatAnswer(String text, int promptTokens, int completionTokens) {

    public ChatAnswer {
        Objects.requireNonNull(text);
    }
}
