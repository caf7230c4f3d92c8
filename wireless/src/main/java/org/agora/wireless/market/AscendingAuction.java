package org.agora.wireless.market;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The bandwidth market: a multi-unit ascending auction between the users of an instance and its
 * stations, in rounds of bilateral messages (docs/models/smallcells.md has the design).
 *
 * <ol>
 *   <li><b>Offers.</b> Each station with spare blocks announces its supply and its ask: the
 *       reserve price while it has unlent blocks, else its lowest standing bid plus the bid
 *       increment ε.</li>
 *   <li><b>Bids.</b> Each user short of its need bids at its best station (the largest value
 *       minus ask, if not negative): for as many blocks as it still needs and can afford, at
 *       ask + (best margin − second-best margin) + ε, never above its value (Bertsekas's
 *       auction bid); if it cannot afford one block there it tries its next station at the ask.</li>
 *   <li><b>Resolution.</b> Each station keeps the highest bids that fit its supply (older bids
 *       first at equal prices), tells the outbid users, and updates its ask.</li>
 *   <li><b>Stop.</b> When a round brings no bid, or after {@code maxRounds}: the standing bids
 *       become grants, each station charging one price to all buyers: if it lent all its blocks,
 *       the highest bid it turned away (where demand met supply), at least its reserve and at most
 *       its lowest standing bid; otherwise its reserve price.</li>
 * </ol>
 *
 * Guarantees (tested): no station lends more than its supply; the price of a block never exceeds
 * the buyer's bid, hence its value, and a user's payment never exceeds its budget; every round
 * with a bid raises Σ standing prices + ε·(blocks lent) by at least ε, so there are at most
 * {@link #roundBound} rounds; and without binding budgets or the round cap, welfare is within
 * 2ε·Σ need of the optimum. Thread-safe; each {@link Session} is not.
 */
public final class AscendingAuction implements Allocator {

    private final double bidIncrement;
    private final int maxRounds;

    /**
     * @param bidIncrement ε, credits per block per second (&gt; 0)
     * @param maxRounds the round cap (≥ 1)
     */
    public AscendingAuction(double bidIncrement, int maxRounds) {
        if (!(bidIncrement > 0) || maxRounds < 1) {
            throw new IllegalArgumentException("bid increment must be > 0 and max rounds >= 1");
        }
        this.bidIncrement = bidIncrement;
        this.maxRounds = maxRounds;
    }

    @Override
    public String name() {
        return "market";
    }

    public double bidIncrement() {
        return bidIncrement;
    }

    public int maxRounds() {
        return maxRounds;
    }

    /** Runs a session to its end without delays. */
    @Override
    public Allocation allocate(MarketInstance instance) {
        Session session = open(instance, MarketListener.NONE);
        while (!session.finished()) {
            session.round();
        }
        return session.allocation();
    }

    /** Opens a session on {@code instance}; the stations' offers go to {@code listener} at once. */
    public Session open(MarketInstance instance, MarketListener listener) {
        return new Session(instance, listener);
    }

    /**
     * The most rounds a session on {@code instance} can take with bid increment ε (before the cap):
     * 1 + ⌈Σ supply·(max value + ε)/ε⌉.
     */
    public static long roundBound(MarketInstance instance, double bidIncrement) {
        double bound = 1 + Math.ceil(instance.totalSupply() * (instance.maxValue() + bidIncrement) / bidIncrement);
        return bound >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) bound;
    }

    /** A standing or incoming bid: {@code blocks} blocks of option {@code option} at {@code price} each. */
    private static final class Entry {
        final int option;
        final int user;
        final double price;
        final long seq;
        int blocks;
        boolean pending;

        Entry(int option, int user, int blocks, double price, long seq) {
            this.option = option;
            this.user = user;
            this.blocks = blocks;
            this.price = price;
            this.seq = seq;
            this.pending = true;
        }
    }

    private static final Comparator<Entry> BEST_FIRST = (a, b) -> {
        int byPrice = Double.compare(b.price, a.price);
        return byPrice != 0 ? byPrice : Long.compare(a.seq, b.seq);
    };

    /**
     * One market session on one instance, driven round by round: {@link #bid()} (the users'
     * messages), then {@link #resolve()} (the stations'), until {@link #finished()}. The
     * simulation calls the two halves when the messages arrive; {@link #round()} does both.
     */
    public final class Session {
        private final MarketInstance instance;
        private final MarketListener listener;
        private final List<List<Entry>> standing;
        private final List<List<Entry>> incoming;
        private final int[] lent;
        private final double[] ask;
        private final double[] highestTurnedAway;
        private final int[] held;
        private final double[] committed;
        private final boolean[] withdrawn;
        /**
         * Users whose demand may have changed since their last look: those who bid or were outbid
         * in the last round. Asks only rise, so any other user would bid nothing again.
         */
        private final boolean[] reconsider;
        private final int[] touched;
        private int touchedCount;
        private final boolean[] isTouched;
        private int rounds;
        private long nextSeq;
        private boolean finished;
        private boolean awaitingResolution;

        private Session(MarketInstance instance, MarketListener listener) {
            this.instance = instance;
            this.listener = listener;
            int stations = instance.stations();
            this.standing = new ArrayList<>(stations);
            this.incoming = new ArrayList<>(stations);
            for (int b = 0; b < stations; b++) {
                standing.add(new ArrayList<>(4));
                incoming.add(new ArrayList<>(4));
            }
            this.lent = new int[stations];
            this.ask = new double[stations];
            this.highestTurnedAway = new double[stations];
            Arrays.fill(highestTurnedAway, Double.NEGATIVE_INFINITY);
            this.touched = new int[stations];
            this.isTouched = new boolean[stations];
            this.held = new int[instance.users()];
            this.committed = new double[instance.users()];
            this.withdrawn = new boolean[instance.users()];
            this.reconsider = new boolean[instance.users()];
            Arrays.fill(reconsider, true);
            for (int b = 0; b < stations; b++) {
                ask[b] = instance.reserve(b);
                if (instance.supply(b) > 0) {
                    listener.offered(b, instance.supply(b), ask[b]);
                }
            }
        }

        public MarketInstance instance() {
            return instance;
        }

        /** Station {@code b}'s current ask, credits per block per second. */
        public double ask(int b) {
            return ask[b];
        }

        /** Blocks user {@code u} holds in standing bids. */
        public int held(int u) {
            return held[u];
        }

        /** Rounds begun so far. */
        public int rounds() {
            return rounds;
        }

        /** True when no more rounds will run. */
        public boolean finished() {
            return finished;
        }

        /** One whole round: bids, then (if there were any) resolution. */
        public void round() {
            if (bid() > 0) {
                resolve();
            }
        }

        /**
         * The users' half of a round: every user short of its need bids at the current asks.
         * Returns the number of bids; none ends the session.
         */
        public int bid() {
            if (finished || awaitingResolution) {
                throw new IllegalStateException(finished ? "the session is over" : "resolve the previous bids first");
            }
            rounds++;
            int bids = 0;
            for (int u = 0; u < instance.users(); u++) {
                if (!reconsider[u]) {
                    continue;
                }
                reconsider[u] = false;
                if (!withdrawn[u] && held[u] < instance.need(u) && bidFor(u)) {
                    reconsider[u] = true;
                    bids++;
                }
            }
            if (bids == 0) {
                finished = true;
            } else {
                awaitingResolution = true;
            }
            return bids;
        }

        private boolean bidFor(int u) {
            int start = instance.optionStart(u);
            int end = instance.optionEnd(u);
            double remainingBudget = instance.budget(u) - committed[u];
            int wanted = instance.need(u) - held[u];
            // The best and second-best margins over the stations worth bidding at.
            int best = -1;
            double bestMargin = Double.NEGATIVE_INFINITY;
            double secondMargin = 0;
            for (int k = start; k < end; k++) {
                double margin = margin(k);
                if (Double.isNaN(margin)) {
                    continue;
                }
                if (margin > bestMargin) {
                    if (best >= 0) {
                        secondMargin = Math.max(secondMargin, bestMargin);
                    }
                    best = k;
                    bestMargin = margin;
                } else {
                    secondMargin = Math.max(secondMargin, margin);
                }
            }
            if (best < 0) {
                return false;
            }
            int station = instance.optionStation(best);
            double price = Math.min(instance.optionValue(best), ask[station] + (bestMargin - secondMargin) + bidIncrement);
            int blocks = affordable(wanted, remainingBudget, price);
            if (blocks > 0) {
                place(u, best, blocks, price);
                return true;
            }
            // Out of budget at its best station: the next ones, best margin first, at their asks.
            boolean[] tried = new boolean[end - start];
            tried[best - start] = true;
            while (true) {
                int next = -1;
                double nextMargin = Double.NEGATIVE_INFINITY;
                for (int k = start; k < end; k++) {
                    double margin = margin(k);
                    if (!tried[k - start] && !Double.isNaN(margin) && margin > nextMargin) {
                        next = k;
                        nextMargin = margin;
                    }
                }
                if (next < 0) {
                    return false;
                }
                tried[next - start] = true;
                double nextPrice = ask[instance.optionStation(next)];
                int nextBlocks = affordable(wanted, remainingBudget, nextPrice);
                if (nextBlocks > 0) {
                    place(u, next, nextBlocks, nextPrice);
                    return true;
                }
            }
        }

        /** Value minus ask of option k, or NaN if it is not worth a bid (no supply, no value, ask above value). */
        private double margin(int k) {
            int station = instance.optionStation(k);
            double value = instance.optionValue(k);
            if (instance.supply(station) == 0 || value <= 0 || value < ask[station]) {
                return Double.NaN;
            }
            return value - ask[station];
        }

        private int affordable(int wanted, double remainingBudget, double price) {
            if (price <= 0) {
                return wanted;
            }
            // A hair of tolerance so that a budget of exactly k·price buys k blocks.
            long canPay = (long) Math.floor(remainingBudget / price * (1 + 1e-12));
            return (int) Math.max(0, Math.min(wanted, canPay));
        }

        private void place(int u, int option, int blocks, double price) {
            int station = instance.optionStation(option);
            incoming.get(station).add(new Entry(option, u, blocks, price, nextSeq++));
            if (!isTouched[station]) {
                isTouched[station] = true;
                touched[touchedCount++] = station;
            }
            listener.bidPlaced(rounds, u, station, blocks, price);
        }

        /** The stations' half of a round: keep the best bids, update the asks; may end the session at the cap. */
        public void resolve() {
            if (!awaitingResolution) {
                throw new IllegalStateException("no bids to resolve");
            }
            awaitingResolution = false;
            Arrays.sort(touched, 0, touchedCount);
            for (int i = 0; i < touchedCount; i++) {
                resolveStation(touched[i]);
                isTouched[touched[i]] = false;
            }
            touchedCount = 0;
            if (rounds >= maxRounds) {
                finished = true;
            }
        }

        private void resolveStation(int b) {
            List<Entry> stand = standing.get(b);
            List<Entry> fresh = incoming.get(b);
            int supply = instance.supply(b);
            int demand = lent[b];
            for (Entry entry : fresh) {
                demand += entry.blocks;
            }
            stand.addAll(fresh);
            fresh.clear();
            if (demand > supply) {
                stand.sort(BEST_FIRST);
                int room = supply;
                List<Entry> kept = new ArrayList<>(stand.size());
                for (Entry entry : stand) {
                    int keep = Math.min(entry.blocks, room);
                    room -= keep;
                    int lost = entry.blocks - keep;
                    if (lost > 0) {
                        highestTurnedAway[b] = Math.max(highestTurnedAway[b], entry.price);
                    }
                    if (entry.pending) {
                        entry.blocks = keep;
                    } else if (lost > 0) {
                        entry.blocks = keep;
                        held[entry.user] -= lost;
                        committed[entry.user] -= lost * entry.price;
                        reconsider[entry.user] = true;
                    }
                    if (keep > 0) {
                        kept.add(entry);
                    }
                }
                stand.clear();
                stand.addAll(kept);
            }
            int total = 0;
            for (Entry entry : stand) {
                if (entry.pending) {
                    entry.pending = false;
                    held[entry.user] += entry.blocks;
                    committed[entry.user] += entry.blocks * entry.price;
                }
                total += entry.blocks;
            }
            lent[b] = total;
            updateAsk(b, demand);
        }

        private void updateAsk(int b, int demand) {
            double old = ask[b];
            ask[b] = lent[b] < instance.supply(b) ? instance.reserve(b) : lowestStanding(b) + bidIncrement;
            if (ask[b] != old) {
                listener.priceChanged(rounds, b, old, ask[b], demand, instance.supply(b));
            }
        }

        private double lowestStanding(int b) {
            double lowest = Double.POSITIVE_INFINITY;
            for (Entry entry : standing.get(b)) {
                lowest = Math.min(lowest, entry.price);
            }
            return lowest;
        }

        /**
         * User {@code u} leaves the session (its handover completed, its link recovered): its
         * standing bids are dropped and it bids no more.
         */
        public void withdraw(int u) {
            if (withdrawn[u]) {
                return;
            }
            withdrawn[u] = true;
            // Asks may fall when blocks come free: everyone looks again.
            Arrays.fill(reconsider, true);
            for (int k = instance.optionStart(u); k < instance.optionEnd(u); k++) {
                int b = instance.optionStation(k);
                boolean removed = standing.get(b).removeIf(entry -> entry.user == u);
                incoming.get(b).removeIf(entry -> entry.user == u);
                if (removed) {
                    int total = 0;
                    for (Entry entry : standing.get(b)) {
                        total += entry.blocks;
                    }
                    lent[b] = total;
                    updateAsk(b, total);
                }
            }
            held[u] = 0;
            committed[u] = 0;
        }

        /** True if user {@code u} withdrew. */
        public boolean withdrawn(int u) {
            return withdrawn[u];
        }

        /**
         * The price station {@code b} charges every buyer, credits per block per second: if it lent
         * all its blocks, the highest bid it turned away, clamped to [reserve, lowest standing bid];
         * otherwise its reserve.
         */
        public double clearingPrice(int b) {
            if (lent[b] == 0 || lent[b] < instance.supply(b)) {
                return instance.reserve(b);
            }
            return Math.min(lowestStanding(b), Math.max(instance.reserve(b), highestTurnedAway[b]));
        }

        /** The standing bids as grants, at the stations' clearing prices. */
        public Allocation allocation() {
            int[] blocks = new int[instance.options()];
            double[] price = new double[instance.options()];
            for (int b = 0; b < instance.stations(); b++) {
                double clearing = clearingPrice(b);
                for (Entry entry : standing.get(b)) {
                    if (!entry.pending) {
                        blocks[entry.option] += entry.blocks;
                        price[entry.option] = clearing;
                    }
                }
            }
            return new Allocation(instance, blocks, price, rounds);
        }
    }
}
