package org.agora.agents.commons;

import org.agora.agents.Identity;
import org.agora.agents.Memory;

/**
 * Makes the language-model members of one run (the {@code llm} kind): they share the run's
 * endpoint, cache and conversation, so they are made by one object per run rather than alone.
 */
public interface LanguageMembers {

    /**
     * A language-model member.
     *
     * @param identity who it is
     * @param memory its memory of past months
     * @param model the model that decides for it, as the endpoint names it
     */
    HarvestPolicy member(Identity identity, Memory<RoundRecord> memory, String model);
}
