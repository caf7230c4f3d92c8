package org.agora.core.kernel;

import ec.util.MersenneTwisterFast;

/**
 * MASON's shuffling generator, seeded on its first draw. The schedule draws from it only when
 * two actions share a time and an ordering, which many runs never do (a society's phases all
 * have orderings of their own); seeding a Mersenne Twister (624 words) costs about a
 * microsecond, as much as several months of a small society. The first draw after
 * {@link #deferSeed(long)} sees exactly the sequence {@code setSeed(seed)} would have given.
 *
 * <p>Threading: the simulation thread of its run, like the schedule that draws from it.
 */
final class ShuffleGenerator extends MersenneTwisterFast {

    private static final long serialVersionUID = 1L;

    private long deferredSeed;
    private boolean deferred;

    ShuffleGenerator(long seed) {
        super(seed);
    }

    /** Seeds the generator with {@code seed} before its next draw (not now). */
    void deferSeed(long seed) {
        deferredSeed = seed;
        deferred = true;
    }

    private void seedIfDeferred() {
        if (deferred) {
            deferred = false;
            super.setSeed(deferredSeed);
        }
    }

    @Override
    public void setSeed(long seed) {
        deferred = false;
        super.setSeed(seed);
    }

    @Override
    public void setSeed(int[] array) {
        deferred = false;
        super.setSeed(array);
    }

    @Override
    public Object clone() {
        seedIfDeferred();
        return super.clone();
    }

    @Override
    public boolean stateEquals(MersenneTwisterFast other) {
        seedIfDeferred();
        return super.stateEquals(other);
    }

    @Override
    public void writeState(java.io.DataOutputStream stream) throws java.io.IOException {
        seedIfDeferred();
        super.writeState(stream);
    }

    @Override
    public void readState(java.io.DataInputStream stream) throws java.io.IOException {
        deferred = false;
        super.readState(stream);
    }

    @Override
    public int nextInt() {
        seedIfDeferred();
        return super.nextInt();
    }

    @Override
    public int nextInt(int n) {
        seedIfDeferred();
        return super.nextInt(n);
    }

    @Override
    public short nextShort() {
        seedIfDeferred();
        return super.nextShort();
    }

    @Override
    public char nextChar() {
        seedIfDeferred();
        return super.nextChar();
    }

    @Override
    public boolean nextBoolean() {
        seedIfDeferred();
        return super.nextBoolean();
    }

    @Override
    public boolean nextBoolean(float probability) {
        seedIfDeferred();
        return super.nextBoolean(probability);
    }

    @Override
    public boolean nextBoolean(double probability) {
        seedIfDeferred();
        return super.nextBoolean(probability);
    }

    @Override
    public byte nextByte() {
        seedIfDeferred();
        return super.nextByte();
    }

    @Override
    public void nextBytes(byte[] bytes) {
        seedIfDeferred();
        super.nextBytes(bytes);
    }

    @Override
    public long nextLong() {
        seedIfDeferred();
        return super.nextLong();
    }

    @Override
    public long nextLong(long n) {
        seedIfDeferred();
        return super.nextLong(n);
    }

    @Override
    public double nextDouble() {
        seedIfDeferred();
        return super.nextDouble();
    }

    @Override
    public double nextDouble(boolean includeZero, boolean includeOne) {
        seedIfDeferred();
        return super.nextDouble(includeZero, includeOne);
    }

    @Override
    public void clearGaussian() {
        seedIfDeferred();
        super.clearGaussian();
    }

    @Override
    public double nextGaussian() {
        seedIfDeferred();
        return super.nextGaussian();
    }

    @Override
    public float nextFloat() {
        seedIfDeferred();
        return super.nextFloat();
    }

    @Override
    public float nextFloat(boolean includeZero, boolean includeOne) {
        seedIfDeferred();
        return super.nextFloat(includeZero, includeOne);
    }
}
