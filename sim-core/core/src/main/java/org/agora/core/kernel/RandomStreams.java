package org.agora.core.kernel;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The named random streams of one run. Each stream's seed is a hash of the run seed and the
 * stream's name, so streams are independent of each other and of the order they are created in.
 * Not thread-safe: one instance per run, used on its simulation thread.
 */
public final class RandomStreams {

    private long runSeed;
    private final Map<String, RandomStream> streams = new HashMap<>();

    public RandomStreams(long runSeed) {
        this.runSeed = runSeed;
    }

    /**
     * Forgets every stream and derives new ones from {@code newRunSeed}: what a new instance would
     * do, without allocating one for every start of a restarted run.
     */
    void reset(long newRunSeed) {
        runSeed = newRunSeed;
        streams.clear();
    }

    /** The run seed the streams derive from. */
    public long runSeed() {
        return runSeed;
    }

    /** The stream called {@code name}, created on first use. */
    public RandomStream stream(String name) {
        return streams.computeIfAbsent(name, n -> new RandomStream(n, seedFor(runSeed, n)));
    }

    /** The seed of stream {@code name} in a run seeded with {@code runSeed}. */
    public static long seedFor(long runSeed, String name) {
        return mix(runSeed ^ mix(fnv1a64(name)));
    }

    /** SplitMix64's finalizer: a bijective avalanche of 64 bits. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** FNV-1a over the name's UTF-8 bytes; an ASCII name (the usual case) is hashed without encoding it. */
    private static long fnv1a64(String text) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                return fnv1a64(text.getBytes(StandardCharsets.UTF_8));
            }
            hash ^= c;
            hash *= 0x100000001b3L;
        }
        return hash;
    }

    private static long fnv1a64(byte[] utf8) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : utf8) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        return hash;
    }
}
