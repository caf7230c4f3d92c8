package org.agora.core.kernel;

import java.util.List;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

/**
 * One named, independently seeded stream of random numbers. Obtain it from
 * {@link Kernel#random(String)}; the same run seed and name always give the same sequence.
 *
 * <p>The generator is L64X128MixRandom, of the JDK's LXM family: its algorithm is specified (the
 * same numbers on every Java 17+), its statistical quality is high, and seeding it costs about
 * 20 ns where seeding a Mersenne Twister costs about 5 µs — so a model can give every agent and
 * every purpose a stream of its own without paying for it. (MASON's own Mersenne Twister still
 * shuffles equal-time actions in the schedule.) Not thread-safe: use it on the simulation thread.
 */
public final class RandomStream {

    private static final RandomGeneratorFactory<RandomGenerator> LXM = RandomGeneratorFactory.of("L64X128MixRandom");

    private final String name;
    private final RandomGenerator generator;

    RandomStream(String name, long seed) {
        this.name = name;
        this.generator = LXM.create(seed);
    }

    /** The stream's name, for example {@code "allocation"}. */
    public String name() {
        return name;
    }

    /** Uniform in [0, 1). */
    public double nextDouble() {
        return generator.nextDouble();
    }

    /** Uniform in [low, high). */
    public double uniform(double low, double high) {
        return low + (high - low) * generator.nextDouble();
    }

    /** Uniform integer in [0, bound). */
    public int nextInt(int bound) {
        return generator.nextInt(bound);
    }

    /** Uniform over all longs. */
    public long nextLong() {
        return generator.nextLong();
    }

    /** True with probability {@code p}. */
    public boolean chance(double p) {
        return generator.nextDouble() < p;
    }

    /** Standard normal. */
    public double gaussian() {
        return generator.nextGaussian();
    }

    /** Normal with the given mean and standard deviation. */
    public double normal(double mean, double standardDeviation) {
        return mean + standardDeviation * generator.nextGaussian();
    }

    /** Exponential with the given mean. */
    public double exponential(double mean) {
        return -mean * Math.log(1.0 - generator.nextDouble());
    }

    /** A uniformly chosen element of a non-empty list. */
    public <T> T pick(List<T> items) {
        return items.get(generator.nextInt(items.size()));
    }

    /** Shuffles a list in place (Fisher–Yates). */
    public <T> void shuffle(List<T> items) {
        for (int i = items.size() - 1; i > 0; i--) {
            int j = generator.nextInt(i + 1);
            T swap = items.get(i);
            items.set(i, items.get(j));
            items.set(j, swap);
        }
    }
}
