package org.agora.wireless.market;

import java.util.Arrays;

/**
 * One allocation problem: users who need extra resource blocks and the base stations (of their
 * CoMP cluster) that have spare ones. Every allocator, the market and the baselines alike, is
 * run on instances of this class, so they can be compared on the same one.
 *
 * <ul>
 *   <li>A <b>station</b> has a supply of spare blocks and a reserve price (credits per block per
 *       second): the cost to it of lending a block, below which it does not lend.</li>
 *   <li>A <b>user</b> needs up to {@code need} blocks, can spend up to {@code budget} credits per
 *       second, and has <b>options</b>: the stations it may buy from, each with its value of one
 *       block there (credits per block per second, the user's value of the bit rate the block
 *       gives) and that rate (bit/s per block).</li>
 * </ul>
 *
 * Users, stations and options are numbered from 0; a user's options are the contiguous range
 * {@code optionStart(u) … optionEnd(u) − 1}. Each carries a key: the caller's own index for it
 * (the simulation's user or cell number). Immutable; build with {@link #builder()}.
 */
public final class MarketInstance {

    private final int[] userKey;
    private final int[] need;
    private final double[] budget;
    private final int[] optionStart;
    private final int[] optionStation;
    private final double[] optionValue;
    private final double[] optionRateBps;
    private final int[] stationKey;
    private final int[] supply;
    private final double[] reserve;

    private MarketInstance(Builder b) {
        this.userKey = Arrays.copyOf(b.userKey, b.users);
        this.need = Arrays.copyOf(b.need, b.users);
        this.budget = Arrays.copyOf(b.budget, b.users);
        this.optionStart = Arrays.copyOf(b.optionStart, b.users + 1);
        this.optionStart[b.users] = b.options;
        this.optionStation = Arrays.copyOf(b.optionStation, b.options);
        this.optionValue = Arrays.copyOf(b.optionValue, b.options);
        this.optionRateBps = Arrays.copyOf(b.optionRateBps, b.options);
        this.stationKey = Arrays.copyOf(b.stationKey, b.stations);
        this.supply = Arrays.copyOf(b.supply, b.stations);
        this.reserve = Arrays.copyOf(b.reserve, b.stations);
    }

    public static Builder builder() {
        return new Builder();
    }

    public int users() {
        return need.length;
    }

    public int stations() {
        return supply.length;
    }

    public int options() {
        return optionStation.length;
    }

    /** The caller's key of user {@code u}. */
    public int userKey(int u) {
        return userKey[u];
    }

    /** Blocks user {@code u} needs at most. */
    public int need(int u) {
        return need[u];
    }

    /** Credits per second user {@code u} can spend at most. */
    public double budget(int u) {
        return budget[u];
    }

    /** The first option of user {@code u}. */
    public int optionStart(int u) {
        return optionStart[u];
    }

    /** One past the last option of user {@code u}. */
    public int optionEnd(int u) {
        return optionStart[u + 1];
    }

    /** The station of option {@code k}. */
    public int optionStation(int k) {
        return optionStation[k];
    }

    /** The user's value of one block of option {@code k}, credits per block per second. */
    public double optionValue(int k) {
        return optionValue[k];
    }

    /** The bit rate one block of option {@code k} gives, bit/s. */
    public double optionRateBps(int k) {
        return optionRateBps[k];
    }

    /** The caller's key of station {@code b}. */
    public int stationKey(int b) {
        return stationKey[b];
    }

    /** Spare blocks of station {@code b}. */
    public int supply(int b) {
        return supply[b];
    }

    /** Reserve price of station {@code b}, credits per block per second. */
    public double reserve(int b) {
        return reserve[b];
    }

    /** The largest value of a block in this instance (0 if there are no options). */
    public double maxValue() {
        double max = 0;
        for (double value : optionValue) {
            max = Math.max(max, value);
        }
        return max;
    }

    /** Σ supply. */
    public long totalSupply() {
        long total = 0;
        for (int s : supply) {
            total += s;
        }
        return total;
    }

    /** Σ need. */
    public long totalNeed() {
        long total = 0;
        for (int n : need) {
            total += n;
        }
        return total;
    }

    /** Builds an instance: add the stations, then each user followed by its options. Not thread-safe. */
    public static final class Builder {
        private int users;
        private int options;
        private int stations;
        private int[] userKey = new int[8];
        private int[] need = new int[8];
        private double[] budget = new double[8];
        private int[] optionStart = new int[9];
        private int[] optionStation = new int[16];
        private double[] optionValue = new double[16];
        private double[] optionRateBps = new double[16];
        private int[] stationKey = new int[8];
        private int[] supply = new int[8];
        private double[] reserve = new double[8];
        private int[] lastOptionOfStation = new int[8];

        private Builder() {
        }

        /**
         * Adds a station with {@code spareBlocks} to lend at no less than {@code reservePrice}
         * credits per block per second; returns its number.
         */
        public int addStation(int key, int spareBlocks, double reservePrice) {
            if (spareBlocks < 0 || !(reservePrice >= 0)) {
                throw new IllegalArgumentException("supply and reserve price must be >= 0");
            }
            if (stations == supply.length) {
                stationKey = Arrays.copyOf(stationKey, stations * 2);
                supply = Arrays.copyOf(supply, stations * 2);
                reserve = Arrays.copyOf(reserve, stations * 2);
                lastOptionOfStation = Arrays.copyOf(lastOptionOfStation, stations * 2);
            }
            stationKey[stations] = key;
            supply[stations] = spareBlocks;
            reserve[stations] = reservePrice;
            lastOptionOfStation[stations] = -1;
            return stations++;
        }

        /** Adds a user needing up to {@code needBlocks} with a budget in credits per second; add its options next. */
        public Builder addUser(int key, int needBlocks, double budgetPerSecond) {
            if (needBlocks < 0 || !(budgetPerSecond >= 0)) {
                throw new IllegalArgumentException("need and budget must be >= 0");
            }
            if (users == need.length) {
                userKey = Arrays.copyOf(userKey, users * 2);
                need = Arrays.copyOf(need, users * 2);
                budget = Arrays.copyOf(budget, users * 2);
                optionStart = Arrays.copyOf(optionStart, users * 2 + 1);
            }
            userKey[users] = key;
            need[users] = needBlocks;
            budget[users] = budgetPerSecond;
            optionStart[users] = options;
            users++;
            return this;
        }

        /**
         * Gives the last user added an option at {@code station}: one block there is worth
         * {@code valuePerBlock} credits per second to it and carries {@code rateBpsPerBlock} bit/s.
         */
        public Builder option(int station, double valuePerBlock, double rateBpsPerBlock) {
            if (users == 0 || station < 0 || station >= stations) {
                throw new IllegalArgumentException("add a user, and the station, before an option");
            }
            if (!(valuePerBlock >= 0) || !(rateBpsPerBlock >= 0)) {
                throw new IllegalArgumentException("values and rates must be >= 0");
            }
            int user = users - 1;
            if (lastOptionOfStation[station] >= optionStart[user]) {
                throw new IllegalArgumentException("user " + user + " already has an option at station " + station);
            }
            if (options == optionStation.length) {
                optionStation = Arrays.copyOf(optionStation, options * 2);
                optionValue = Arrays.copyOf(optionValue, options * 2);
                optionRateBps = Arrays.copyOf(optionRateBps, options * 2);
            }
            lastOptionOfStation[station] = options;
            optionStation[options] = station;
            optionValue[options] = valuePerBlock;
            optionRateBps[options] = rateBpsPerBlock;
            options++;
            return this;
        }

        /** Users added so far (the next user's number). */
        public int users() {
            return users;
        }

        public MarketInstance build() {
            return new MarketInstance(this);
        }
    }
}
