package org.agora.core.kafka;

import java.nio.charset.StandardCharsets;

/**
 * The record keys of a run's events: each source entity's id in UTF-8, encoded once and reused
 * for its later events (a model's agents keep their ids, and their events come thousands a
 * second). A small direct-mapped cache: a source whose slot another took is encoded again. The
 * arrays are shared by many records, so nothing may write into them: Kafka's producer only reads
 * a key while it copies it into a batch.
 *
 * <p>Threading: the sending thread only.
 */
final class RecordKeys {

    /** Slots (a power of two). */
    static final int SLOTS = 1024;

    private final String[] sources = new String[SLOTS];
    private final byte[][] keys = new byte[SLOTS][];

    /** The key of an event of {@code source}: the same array as for its last event if it still has its slot. */
    byte[] of(String source) {
        int slot = source.hashCode() & (SLOTS - 1);
        if (source.equals(sources[slot])) {
            return keys[slot];
        }
        byte[] key = source.getBytes(StandardCharsets.UTF_8);
        sources[slot] = source;
        keys[slot] = key;
        return key;
    }
}
