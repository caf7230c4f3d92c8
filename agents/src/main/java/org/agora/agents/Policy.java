package org.agora.agents;

/**
 * How an agent decides: in each round it observes, decides, may speak and listens in
 * conversations, and reflects on what happened. One policy object per agent, holding whatever it
 * believes; it sees its own {@link Memory} through the agent that owns it.
 *
 * <p>Threading: called on the simulation thread only, in the phases of the round.
 *
 * @param <O> what it observes at the start of a round
 * @param <A> its decision
 * @param <C> the content of the messages it exchanges
 */
public interface Policy<O, A, C> {

    /** Takes in this round's observation (the same object may be shown to every agent). */
    void observe(O observation);

    /** Its decision for this round, given what it last observed. */
    A decide();

    /**
     * Its turn in a conversation: something to say to the group or to one member, or null to stay
     * silent. Silent by default.
     *
     * @param transcript what was said so far in this conversation
     */
    default Utterance<C> speak(Transcript<C> transcript) {
        return null;
    }

    /** Hears a message: one said to the group it is in, or one addressed to it. Ignores it by default. */
    default void listen(Message<C> message) {
    }

    /** The round is over and remembered: update beliefs and plans. Nothing by default. */
    default void reflect() {
    }

    /**
     * Finishes what {@link #reflect} started (a language model's reflection): called on the
     * simulation thread after every member of the society has reflected, so their reflections
     * are made at the same time. Nothing by default.
     */
    default void settle() {
    }
}
