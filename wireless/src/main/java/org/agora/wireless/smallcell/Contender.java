package org.agora.wireless.smallcell;

import java.util.ArrayList;
import java.util.List;
import org.agora.core.event.EventBus;
import org.agora.wireless.market.Allocation;
import org.agora.wireless.market.Allocator;
import org.agora.wireless.market.AscendingAuction;
import org.agora.wireless.market.MarketInstance;
import org.agora.wireless.market.MarketListener;
import org.agora.wireless.market.NoExtraBandwidth;
import org.agora.wireless.smallcell.events.BandwidthRequested;
import org.agora.wireless.smallcell.events.BidPlaced;
import org.agora.wireless.smallcell.events.BlocksGranted;
import org.agora.wireless.smallcell.events.BlocksOffered;
import org.agora.wireless.smallcell.events.BlocksReleased;
import org.agora.wireless.smallcell.events.MarketCleared;
import org.agora.wireless.smallcell.events.PriceChanged;
import org.agora.wireless.smallcell.events.ReleaseReason;

/**
 * One allocator living through a run: its own ledger of blocks lent per cell, its own grants and
 * requests, and one desk per CoMP cluster that runs that cluster's allocation sessions one after
 * another. Every contender sees the same users, channels, degradations and handovers (none of
 * those depends on extra blocks), so their outcomes compare on the same run. Only the published
 * contender turns its messages into events. Belongs to the simulation thread.
 *
 * <p>A session: the first request reaching an idle cluster opens it a gathering window later
 * (the cluster collects what else arrives meanwhile), on the cluster's spare blocks at that moment.
 * The market then runs its rounds with one message delay each way (offers and asks to users,
 * bids to cells) and its grants reach the users one delay after the last round; a central
 * allocator decides after the controller delay and its grants take one delay more.
 */
final class Contender {

    final int index;
    final String name;
    private final Allocator allocator;
    private final boolean published;
    private final SmallCellModel model;
    private final EventBus events;
    private final SmallCellConfig.Market config;
    /** Blocks lent per cell. */
    final int[] lent;
    private final Desk[] desks;
    private final List<List<Grant>> grants;
    private final BandwidthRequest[] pending;
    private final Desk[] pendingDesk;
    private final int[] indexInSession;
    private final double[] nextRequestAt;
    private int sessions;

    // Since the last accounting (AllocatorsAccounted); resetAccounts() starts the next.
    double outageS;
    double degradedOutageS;
    double bitsDuringHandovers;
    long requestsSent;
    long requestsGranted;
    double waitSum;

    Contender(int index, Allocator allocator, boolean published, SmallCellModel model) {
        this.index = index;
        this.name = allocator.name();
        this.allocator = allocator;
        this.published = published;
        this.model = model;
        this.events = model.events();
        this.config = model.config().market();
        this.lent = new int[model.cellCount()];
        this.desks = new Desk[model.clusters().count()];
        for (int c = 0; c < desks.length; c++) {
            desks[c] = new Desk(c);
        }
        int users = model.userCount();
        this.grants = new ArrayList<>(users);
        for (int u = 0; u < users; u++) {
            grants.add(new ArrayList<>(2));
        }
        this.pending = new BandwidthRequest[users];
        this.pendingDesk = new Desk[users];
        this.indexInSession = new int[users];
        this.nextRequestAt = new double[users];
    }

    /** Starts the next accounting. */
    void resetAccounts() {
        outageS = 0;
        degradedOutageS = 0;
        bitsDuringHandovers = 0;
        requestsSent = 0;
        requestsGranted = 0;
        waitSum = 0;
    }

    /** Whether this allocator takes requests at all (waiting for the handover does not). */
    boolean takesRequests() {
        return !(allocator instanceof NoExtraBandwidth);
    }

    /** Whether a degraded user should send this contender a request now. */
    boolean wantsRequest(int u, double now) {
        return takesRequests() && pending[u] == null && grants.get(u).isEmpty() && now >= nextRequestAt[u] - 1e-12;
    }

    /** The user sends {@code request}; it arrives at its cluster one message delay later. */
    void send(BandwidthRequest request, UserEquipment user) {
        pending[request.user()] = request;
        requestsSent++;
        if (published) {
            events.publish(new BandwidthRequested(events.stamp(user.id), model.clusterId(request.cluster()),
                    request.need(), request.budget(), user.valuePerMbit));
        }
        model.mailbox().post(config.messageDelayS(), () -> arrive(request));
    }

    /** A request that cannot be made (nothing needed, nothing to buy): try again later. */
    void skip(int u, double now) {
        nextRequestAt[u] = now + config.retryIntervalS();
    }

    private void arrive(BandwidthRequest request) {
        if (pending[request.user()] != request) {
            return;
        }
        Desk desk = desks[request.cluster()];
        desk.queue.add(request);
        pendingDesk[request.user()] = desk;
        if (!desk.busy) {
            desk.busy = true;
            model.mailbox().post(config.gatherWindowS(), desk::open);
        }
    }

    /** User {@code u} no longer wants extra blocks (recovered, or its handover completed): drop its request. */
    void withdraw(int u) {
        BandwidthRequest request = pending[u];
        if (request == null) {
            return;
        }
        pending[u] = null;
        Desk desk = pendingDesk[u];
        pendingDesk[u] = null;
        if (desk != null && desk.session != null && desk.requests.contains(request)) {
            desk.session.withdraw(indexInSession[u]);
        }
    }

    /** Ends every grant of user {@code u}. */
    void releaseAll(int u, ReleaseReason reason) {
        List<Grant> held = grants.get(u);
        for (Grant grant : held) {
            end(grant, reason);
        }
        held.clear();
    }

    private void expire(Grant grant) {
        if (grant.active) {
            end(grant, ReleaseReason.EXPIRED);
            grants.get(grant.user).remove(grant);
        }
    }

    private void end(Grant grant, ReleaseReason reason) {
        grant.active = false;
        lent[grant.cell] -= grant.blocks;
        if (published) {
            events.publish(new BlocksReleased(events.stamp(model.cellId(grant.cell)), model.userId(grant.user),
                    grant.session, grant.blocks, reason, model.now() - grant.grantedAt));
        }
    }

    /** The user's grants (do not modify). */
    List<Grant> grantsOf(int u) {
        return grants.get(u);
    }

    /** Blocks user {@code u} holds. */
    int extraBlocks(int u) {
        int total = 0;
        for (Grant grant : grants.get(u)) {
            total += grant.blocks;
        }
        return total;
    }

    /** One cluster's allocation sessions, one at a time. */
    private final class Desk {
        final int cluster;
        final List<BandwidthRequest> queue = new ArrayList<>();
        final List<BandwidthRequest> requests = new ArrayList<>();
        boolean busy;
        AscendingAuction.Session session;
        int sessionId;
        MarketInstance instance;
        SessionComparison.Outcome comparison;

        Desk(int cluster) {
            this.cluster = cluster;
        }

        void open() {
            requests.clear();
            for (BandwidthRequest request : queue) {
                if (pending[request.user()] == request) {
                    requests.add(request);
                }
            }
            queue.clear();
            instance = buildInstance();
            if (instance.users() == 0 || instance.stations() == 0) {
                double now = model.now();
                for (BandwidthRequest request : requests) {
                    pending[request.user()] = null;
                    pendingDesk[request.user()] = null;
                    nextRequestAt[request.user()] = now + config.retryIntervalS();
                }
                requests.clear();
                close();
                return;
            }
            sessionId = ++sessions;
            comparison = published ? model.comparison().evaluate(instance, requests) : null;
            if (allocator instanceof AscendingAuction auction) {
                session = auction.open(instance, published ? new Publisher() : MarketListener.NONE);
                model.mailbox().post(config.messageDelayS(), this::usersBid);
            } else {
                Allocation allocation = allocator.allocate(instance);
                model.mailbox().post(config.controllerDelayS() + config.messageDelayS(), () -> deliver(allocation));
            }
        }

        private MarketInstance buildInstance() {
            MarketInstance.Builder builder = MarketInstance.builder();
            int[] members = model.clusters().members(cluster);
            int[] stationOf = new int[model.cellCount()];
            java.util.Arrays.fill(stationOf, -1);
            for (int cell : members) {
                int spare = model.spareBlocks(cell, lent[cell]);
                if (spare > 0) {
                    stationOf[cell] = builder.addStation(cell, spare, config.reservePrice());
                }
            }
            List<BandwidthRequest> kept = new ArrayList<>(requests.size());
            for (BandwidthRequest request : requests) {
                boolean any = false;
                for (int cell : request.cells()) {
                    any |= stationOf[cell] >= 0;
                }
                if (!any) {
                    pending[request.user()] = null;
                    pendingDesk[request.user()] = null;
                    nextRequestAt[request.user()] = model.now() + config.retryIntervalS();
                    continue;
                }
                indexInSession[request.user()] = builder.users();
                builder.addUser(request.user(), request.need(), request.budget());
                for (int i = 0; i < request.cells().length; i++) {
                    int station = stationOf[request.cells()[i]];
                    if (station >= 0) {
                        builder.option(station, request.valuePerBlock()[i], request.ratePerBlockBps()[i]);
                    }
                }
                kept.add(request);
            }
            requests.clear();
            requests.addAll(kept);
            return builder.build();
        }

        private void usersBid() {
            int bids = session.bid();
            model.mailbox().post(config.messageDelayS(), () -> cellsResolve(bids));
        }

        private void cellsResolve(int bids) {
            if (bids > 0) {
                session.resolve();
            }
            if (session.finished()) {
                Allocation allocation = session.allocation();
                model.mailbox().post(config.messageDelayS(), () -> deliver(allocation));
            } else {
                model.mailbox().post(config.messageDelayS(), this::usersBid);
            }
        }

        private void deliver(Allocation allocation) {
            double now = model.now();
            int granted = 0;
            for (int i = 0; i < instance.users(); i++) {
                int u = instance.userKey(i);
                BandwidthRequest request = requests.get(i);
                if (pending[u] != request) {
                    continue;
                }
                pending[u] = null;
                pendingDesk[u] = null;
                int blocks = 0;
                for (int k = instance.optionStart(i); k < instance.optionEnd(i); k++) {
                    if (allocation.blocks(k) > 0) {
                        grant(u, instance.stationKey(instance.optionStation(k)), allocation.blocks(k),
                                allocation.price(k), request, now);
                        blocks += allocation.blocks(k);
                    }
                }
                granted += blocks;
                if (blocks > 0) {
                    requestsGranted++;
                    waitSum += now - request.sentAt();
                } else {
                    nextRequestAt[u] = now + config.retryIntervalS();
                }
            }
            if (published) {
                events.publish(new MarketCleared(events.stamp(model.clusterId(cluster)), name, sessionId,
                        allocation.rounds(), instance.users(), granted, allocation.welfare(), allocation.revenue(),
                        comparison.welfare(0), comparison.welfare(2), comparison.welfare(3)));
                model.comparison().addRounds(allocation.rounds());
            }
            session = null;
            instance = null;
            requests.clear();
            close();
        }

        private void grant(int u, int cell, int blocks, double price, BandwidthRequest request, double now) {
            Grant grant = new Grant(u, cell, blocks, price, sessionId, now);
            grants.get(u).add(grant);
            lent[cell] += blocks;
            if (published) {
                events.publish(new BlocksGranted(events.stamp(model.cellId(cell)), model.userId(u), sessionId, blocks,
                        price, blocks * model.ratePerBlockBps(u, cell), now - request.sentAt()));
            }
            model.mailbox().post(config.maxGrantS(), () -> expire(grant));
        }

        private void close() {
            busy = false;
            if (!queue.isEmpty()) {
                busy = true;
                model.mailbox().post(config.gatherWindowS(), this::open);
            }
        }

        /** Turns the market's doings into events. */
        private final class Publisher implements MarketListener {
            @Override
            public void offered(int station, int blocks, double askPrice) {
                events.publish(new BlocksOffered(events.stamp(model.cellId(instance.stationKey(station))),
                        model.clusterId(cluster), sessionId, blocks, askPrice));
            }

            @Override
            public void bidPlaced(int round, int user, int station, int blocks, double price) {
                events.publish(new BidPlaced(events.stamp(model.userId(instance.userKey(user))),
                        model.cellId(instance.stationKey(station)), sessionId, round, blocks, price));
            }

            @Override
            public void priceChanged(int round, int station, double oldPrice, double newPrice, int demandBlocks,
                    int supplyBlocks) {
                events.publish(new PriceChanged(events.stamp(model.cellId(instance.stationKey(station))), sessionId,
                        round, oldPrice, newPrice, demandBlocks, supplyBlocks));
            }
        }
    }
}
