package org.agora.agents;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * What an agent remembers of past rounds: one record per round, the most recent
 * {@link #capacity()} of them (older ones are forgotten).
 *
 * @param <R> the record of one round
 */
public final class Memory<R> {

    private final Object[] records;
    private int size;
    private int next;

    /** A memory of the last {@code capacity} rounds ({@code capacity} &ge; 1). */
    public Memory(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("a memory holds at least one round, asked for " + capacity);
        }
        this.records = new Object[capacity];
    }

    /** Remembers the record of the round just played, forgetting the oldest if full. */
    public void remember(R record) {
        records[next] = record;
        next = next + 1 == records.length ? 0 : next + 1;
        if (size < records.length) {
            size++;
        }
    }

    /** The number of rounds remembered. */
    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    /** How many rounds it can hold. */
    public int capacity() {
        return records.length;
    }

    /** The last round's record. */
    public R last() {
        return ago(0);
    }

    /**
     * The record of {@code rounds} rounds before the last one: {@code ago(0)} is the last round.
     *
     * @throws NoSuchElementException if that round is not remembered
     */
    @SuppressWarnings("unchecked")
    public R ago(int rounds) {
        if (rounds < 0 || rounds >= size) {
            throw new NoSuchElementException("remembers " + size + " rounds, asked for " + rounds + " before the last");
        }
        int slot = next - 1 - rounds;
        if (slot < 0) {
            slot += records.length;
        }
        return (R) records[slot];
    }

    /** Every remembered record, oldest first. */
    public List<R> all() {
        List<R> all = new ArrayList<>(size);
        for (int i = size - 1; i >= 0; i--) {
            all.add(ago(i));
        }
        return all;
    }
}
