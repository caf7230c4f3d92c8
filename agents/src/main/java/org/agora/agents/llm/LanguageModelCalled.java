package org.agora.agents.llm;

import org.agora.core.event.Event;
import org.agora.core.event.EventHeader;

/**
 * A language model answered one call (source: the member it decided for, or {@code commons} for
 * the framework model's summaries and limits). Published on the simulation thread, in the order
 * the calls' answers are used, whether the answer came from the endpoint or from the cache: a run
 * and its replay publish the same events. Wall-clock facts (latency, cache hits) are in
 * {@code llm-transcript.jsonl}, never here.
 *
 * @param round the month of the call, from 1
 * @param purpose what it decided: {@code act}, {@code converse}, {@code summary}, {@code limit} or {@code reflect}
 * @param model the model's name at the endpoint
 * @param sample 0 for the first ask of a prompt, 1, 2, … for re-asks after an unreadable answer
 * @param promptTokens the request's tokens, as the endpoint counted them
 * @param completionTokens the answer's tokens
 * @param promptHash the first 16 hex digits of the SHA-256 of the system and user messages
 */
public record LanguageModelCalled(EventHeader header, int round, CallPurpose purpose, String model, int sample,
        int promptTokens, int completionTokens, String promptHash) implements Event {
}
