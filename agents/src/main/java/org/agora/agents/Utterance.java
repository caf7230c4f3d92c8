package org.agora.agents;

import java.util.Objects;

/**
 * What a policy says on its turn: content for the group, or for one member only.
 *
 * @param to the addressee, or null for the whole group
 * @param content what is said
 * @param <C> the type of content
 */
public record Utterance<C>(Identity to, C content) {

    public Utterance {
        Objects.requireNonNull(content);
    }

    /** Said to everyone in the conversation. */
    public static <C> Utterance<C> toGroup(C content) {
        return new Utterance<>(null, content);
    }

    /** Said to one member only (the others do not hear it). */
    public static <C> Utterance<C> to(Identity addressee, C content) {
        return new Utterance<>(Objects.requireNonNull(addressee), content);
    }
}
