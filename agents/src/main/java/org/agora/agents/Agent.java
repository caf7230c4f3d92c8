package org.agora.agents;

import java.util.Objects;

/**
 * A member of a society: who it is, what it remembers of past rounds, and the policy that decides
 * for it.
 *
 * @param <P> its policy
 * @param <R> the record of one round in its memory
 */
public final class Agent<P extends Policy<?, ?, ?>, R> {

    private final Identity identity;
    private final Memory<R> memory;
    private final P policy;

    /**
     * @param identity who it is
     * @param memory its memory (the policy may hold the same memory, to read it)
     * @param policy what decides for it
     */
    public Agent(Identity identity, Memory<R> memory, P policy) {
        this.identity = Objects.requireNonNull(identity);
        this.memory = Objects.requireNonNull(memory);
        this.policy = Objects.requireNonNull(policy);
    }

    public Identity identity() {
        return identity;
    }

    /** Its index in the society, from 0. */
    public int index() {
        return identity.index();
    }

    /** Its id, the source of its events. */
    public String id() {
        return identity.id();
    }

    public Memory<R> memory() {
        return memory;
    }

    public P policy() {
        return policy;
    }

    /** Remembers the round just played and lets the policy reflect on it. */
    public void endRound(R record) {
        memory.remember(record);
        policy.reflect();
    }

    @Override
    public String toString() {
        return identity.id() + " (" + identity.kind() + ")";
    }
}
