package org.agora.wireless.market;

/**
 * What an allocator gave on one {@link MarketInstance}: blocks per option and the price charged
 * per block (credits per block per second; 0 for allocators without prices). Immutable.
 *
 * <p>Welfare counts what the blocks are worth to the users minus what lending them costs the
 * stations (their reserve prices); payments are transfers and cancel out of it.
 */
public final class Allocation {

    private final MarketInstance instance;
    private final int[] blocks;
    private final double[] price;
    private final int rounds;

    /**
     * @param blocks blocks per option (copied)
     * @param price price per block per option, credits per block per second (copied)
     * @param rounds market rounds it took (0 for one-shot allocators)
     */
    public Allocation(MarketInstance instance, int[] blocks, double[] price, int rounds) {
        if (blocks.length != instance.options() || price.length != instance.options()) {
            throw new IllegalArgumentException("one entry per option expected");
        }
        this.instance = instance;
        this.blocks = blocks.clone();
        this.price = price.clone();
        this.rounds = rounds;
    }

    /** Nothing for anyone. */
    public static Allocation empty(MarketInstance instance) {
        return new Allocation(instance, new int[instance.options()], new double[instance.options()], 0);
    }

    public MarketInstance instance() {
        return instance;
    }

    /** Blocks given on option {@code k}. */
    public int blocks(int k) {
        return blocks[k];
    }

    /** Price per block charged on option {@code k}, credits per block per second. */
    public double price(int k) {
        return price[k];
    }

    /** Market rounds (0 for one-shot allocators). */
    public int rounds() {
        return rounds;
    }

    /** Blocks user {@code u} got in all. */
    public int blocksOfUser(int u) {
        int total = 0;
        for (int k = instance.optionStart(u); k < instance.optionEnd(u); k++) {
            total += blocks[k];
        }
        return total;
    }

    /** What user {@code u} pays, credits per second. */
    public double paymentOfUser(int u) {
        double total = 0;
        for (int k = instance.optionStart(u); k < instance.optionEnd(u); k++) {
            total += blocks[k] * price[k];
        }
        return total;
    }

    /** What user {@code u}'s blocks are worth to it, credits per second. */
    public double valueOfUser(int u) {
        double total = 0;
        for (int k = instance.optionStart(u); k < instance.optionEnd(u); k++) {
            total += blocks[k] * instance.optionValue(k);
        }
        return total;
    }

    /** Value minus payment of user {@code u}, credits per second. */
    public double utilityOfUser(int u) {
        return valueOfUser(u) - paymentOfUser(u);
    }

    /** The extra bit rate user {@code u}'s blocks carry, bit/s. */
    public double extraRateOfUser(int u) {
        double total = 0;
        for (int k = instance.optionStart(u); k < instance.optionEnd(u); k++) {
            total += blocks[k] * instance.optionRateBps(k);
        }
        return total;
    }

    /** Blocks lent per station. */
    public int[] blocksPerStation() {
        int[] total = new int[instance.stations()];
        for (int k = 0; k < blocks.length; k++) {
            total[instance.optionStation(k)] += blocks[k];
        }
        return total;
    }

    /** Σ blocks·(value − reserve price of the station), credits per second. */
    public double welfare() {
        double total = 0;
        for (int k = 0; k < blocks.length; k++) {
            total += blocks[k] * (instance.optionValue(k) - instance.reserve(instance.optionStation(k)));
        }
        return total;
    }

    /** Σ payments, credits per second: the stations' revenue. */
    public double revenue() {
        double total = 0;
        for (int k = 0; k < blocks.length; k++) {
            total += blocks[k] * price[k];
        }
        return total;
    }
}
