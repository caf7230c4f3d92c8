package org.agora.agents;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What has been said so far in one conversation, in order, and how much more may be said.
 * Policies read it on their turn; only the conversation adds to it.
 *
 * @param <C> the type of content
 */
public final class Transcript<C> {

    private final int round;
    private final int limit;
    private final List<Message<C>> messages;

    /** @param expected how many messages are likely (a capacity hint: a conversation is held every month) */
    Transcript(int round, int limit, int expected) {
        this.round = round;
        this.limit = limit;
        this.messages = new ArrayList<>(Math.min(limit, Math.min(expected, 16)));
    }

    /** The round of the conversation, from 1. */
    public int round() {
        return round;
    }

    /** Every message so far, in the order said (a read-only view). */
    public List<Message<C>> messages() {
        return Collections.unmodifiableList(messages);
    }

    /** The number of messages so far. */
    public int size() {
        return messages.size();
    }

    /** The i-th message, from 0. */
    public Message<C> get(int i) {
        return messages.get(i);
    }

    /** How many more messages may be said. */
    public int remaining() {
        return limit - messages.size();
    }

    void add(Message<C> message) {
        messages.add(message);
    }
}
