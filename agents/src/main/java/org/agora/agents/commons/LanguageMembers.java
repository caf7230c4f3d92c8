package org.agora.agents.commons;

import java.util.Map;
import java.util.function.BiConsumer;
import org.agora.agents.Identity;
import org.agora.agents.Memory;

/**
 * The language side of one run: it makes the run's language-model members (the {@code llm} kind),
 * which share the run's endpoint, cache and meeting, and holds their monthly meeting. Made by
 * {@code PolicyKind.languageFor} when the first such member joins.
 *
 * <p>Threading: the simulation thread of its run.
 */
public interface LanguageMembers extends AutoCloseable {

    /**
     * A language-model member.
     *
     * @param identity who it is
     * @param memory its memory of past months
     * @param model the model that decides for it, as the endpoint names it
     */
    HarvestPolicy member(Identity identity, Memory<RoundRecord> memory, String model);

    /** Whether it made any member. */
    boolean hasMembers();

    /**
     * Holds the month's meeting of the language-model members.
     *
     * @param round the month
     * @param report the month's harvest report
     * @param maxUtterances the most utterances
     * @param said told of each utterance as it is made (speaker, text), to publish it
     * @return the agreed per-person limit, or −1 if none
     */
    int meet(int round, HarvestReport report, int maxUtterances, BiConsumer<Identity, String> said);

    /** What the manifest says about the run's language-model calls. */
    Map<String, Object> report();

    /** Closes the transcript and leaves the cache. */
    @Override
    void close();
}
