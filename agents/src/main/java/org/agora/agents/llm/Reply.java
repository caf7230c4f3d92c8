package org.agora.agents.llm;

/**
 * An answer as a run received it: the call, the answer, and the wall-clock facts that stay out of
 * the events.
 *
 * @param call what was asked
 * @param answer what came back
 * @param cached whether it came from the response cache
 * @param latencyNanos from the ask to the answer, in nanoseconds (the wait for a free slot included)
 */
public record Reply(ChatCall call, ChatAnswer answer, boolean cached, long latencyNanos) {

    /** The answer's text. */
    public String text() {
        return answer.text();
    }
}
