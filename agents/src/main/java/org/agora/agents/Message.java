package org.agora.agents;

import java.util.Objects;

/**
 * Something one agent said, to its group or to one member, with typed content.
 *
 * @param round the round it was said in, from 1
 * @param turn its place in its conversation, from 1 (0 outside a conversation)
 * @param from the speaker
 * @param to the member it is addressed to, or null if said to the whole group
 * @param content what was said
 * @param <C> the type of content
 */
public record Message<C>(int round, int turn, Identity from, Identity to, C content) {

    public Message {
        Objects.requireNonNull(from);
        Objects.requireNonNull(content);
    }

    /** True if addressed to one member rather than to the group. */
    public boolean isDirect() {
        return to != null;
    }

    /** The addressee's id, or {@link Messenger#GROUP} for the group. */
    public String addressee() {
        return to == null ? Messenger.GROUP : to.id();
    }
}
