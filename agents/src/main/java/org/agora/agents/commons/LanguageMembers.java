package org.agora.agents.commons;

import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.agora.agents.Identity;
import org.agora.agents.Memory;
import org.agora.agents.Message;

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
     * What a rule-based member said at the meeting, in words.
     *
     * @param speaker who said it
     * @param text the words
     */
    record Statement(Identity speaker, String text) {
    }

    /**
     * The words a rule-based member's typed remark is said in at a meeting of language-model
     * members (docs/models/commons-llm.md): a proposal states what the speaker wanted and got this
     * month and the limit it proposes; a warning names the member and the limit it broke.
     *
     * @param message the remark
     * @param report the month's harvest report
     */
    String inWords(Message<Remark> message, HarvestReport report);

    /**
     * Holds the month's meeting of the language-model members.
     *
     * @param round the month
     * @param report the month's harvest report
     * @param opening what the rule-based members said after the mayor's report, in words, in order
     * @param maxUtterances the most utterances of the language-model members
     * @param said told of each utterance as it is made (speaker, text), to publish it
     * @return the agreed per-person limit, or −1 if none
     */
    int meet(int round, HarvestReport report, List<Statement> opening, int maxUtterances, BiConsumer<Identity, String> said);

    /** What the manifest says about the run's language-model calls. */
    Map<String, Object> report();

    /** Closes the transcript and leaves the cache. */
    @Override
    void close();
}
