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

    private final long runSeed;
    private final Map<String, RandomStream> streams = new HashMap<>();

    public RandomStreams(long runSeed) {
        this.runSeed = runSeed;
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

    private static long fnv1a64(String text) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        return hash;
    }
}
