package org.agora.wireless.smallcell;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.agora.core.event.EventBus;
import org.agora.core.kernel.Kernel;
import org.agora.core.kernel.RandomStream;
import org.agora.core.scenario.Intervention;
import org.agora.core.scenario.Model;
import org.agora.core.scenario.RunContext;
import org.agora.wireless.channel.LinkTable;
import org.agora.wireless.city.ManhattanGrid;
import org.agora.wireless.comp.CompClusters;
import org.agora.wireless.handover.HandoverProcess;
import org.agora.wireless.market.Allocator;
import org.agora.wireless.market.AscendingAuction;
import org.agora.wireless.market.CentralizedOptimum;
import org.agora.wireless.market.EqualSplit;
import org.agora.wireless.market.NoExtraBandwidth;
import org.agora.wireless.smallcell.events.BlockageCause;
import org.agora.wireless.smallcell.events.CityBuilt;
import org.agora.wireless.smallcell.events.LinkDegraded;
import org.agora.wireless.smallcell.events.LinkRecovered;
import org.agora.wireless.smallcell.events.MeasurementReported;
import org.agora.wireless.smallcell.events.ReleaseReason;
import org.agora.wireless.smallcell.events.UserKind;

/**
 * One run of {@code smallcell-market}. Every measurement interval, in user order: users move
 * (stream "mobility"), random blockages start (stream "blockage"), links moved far enough are
 * recomputed (stream "shadowing"), each user filters its measurements and watches A3, detects a
 * degradation or a recovery, sends requests, and every allocator's rates are accounted. Market
 * messages, handover steps and ends of blockages run through a {@link Mailbox} before the step of
 * their instant. Building heights come from stream "city", users' values and budgets from
 * "users"; the market draws nothing. The model orders the steps; the radio side is a
 * {@link SmallCellNetwork}, random and imposed blockages are {@link Blockages}, degradation is
 * decided by a {@link DegradationRule}, handovers step through {@link Handovers}, a degraded user's
 * request is a {@link BandwidthRequest}, each allocator runs in a {@link Contender} and their
 * tallies are kept by {@link AllocatorAccounts}. Belongs to the simulation thread.
 */
final class SmallCellModel implements Model {

    /** Orderings within an instant. */
    enum Phase { MESSAGES, STEP, ACCOUNT }

    /** Simulated time between two AllocatorsAccounted events, seconds. */
    static final double ACCOUNTING_S = 1.0;

    /** The optimum's place among the allocators (market, waitForHandover, equalSplit, optimum). */
    private static final int OPTIMUM = 3;

    private final Kernel kernel;
    private final EventBus events;
    private final SmallCellConfig config;
    private final Mailbox mailbox;
    private final SmallCellNetwork network;
    private final UserEquipment[] users;
    private final Contender[] contenders;
    private final Contender published;
    private final SessionComparison comparison;
    private final RateTrace trace;
    private final AllocatorAccounts accounts;
    private final Blockages blockages;
    private final DegradationRule degradation;
    private final Handovers handovers;
    /** The summary, added up from this run's own events. */
    private final SmallCellTally tally = new SmallCellTally();
    private final RandomStream mobility;
    private final RandomStream shadowing;
    private final double[] received;
    private final int reportEvery;
    private long steps;

    /** How many lamp posts a city of this layout has for cells (building heights do not matter). */
    static int lampPosts(SmallCellConfig.City city) {
        return SmallCellNetwork.lampPosts(city);
    }

    SmallCellModel(RunContext context, SmallCellConfig config) {
        this.kernel = context.kernel();
        this.events = context.events();
        this.config = config;
        this.mailbox = new Mailbox(kernel, Phase.MESSAGES.ordinal());
        ManhattanGrid grid = SmallCellNetwork.city(config.city(), kernel.random("city"));
        this.mobility = kernel.random("mobility");
        this.shadowing = kernel.random("shadowing");
        this.users = UserEquipment.crowd(config.groups(), grid, mobility, kernel.random("users"));
        this.network = new SmallCellNetwork(config, grid, users.length);
        this.received = new double[network.cells()];
        SmallCellConfig.Market market = config.market();
        List<Allocator> allocators = List.of(new AscendingAuction(market.bidIncrement(), market.maxRounds()),
                new NoExtraBandwidth(), new EqualSplit(), new CentralizedOptimum());
        int publishedIndex = switch (market.published()) {
            case "market" -> 0;
            case "wait-for-handover" -> 1;
            case "equal-split" -> 2;
            case "optimum" -> 3;
            default -> throw new IllegalArgumentException("unknown allocator " + market.published());
        };
        this.comparison = new SessionComparison(allocators, market.targetRateBps());
        this.contenders = new Contender[allocators.size()];
        for (int a = 0; a < allocators.size(); a++) {
            contenders[a] = new Contender(a, allocators.get(a), a == publishedIndex, this);
        }
        this.published = contenders[publishedIndex];
        double step = config.measurementIntervalS();
        this.trace = new RateTrace(users.length, contenders.length, step);
        this.accounts = new AllocatorAccounts(network, contenders, published, comparison, trace, events,
                market.outageRateBps());
        this.blockages = new Blockages(config.blockage(), kernel.random("blockage"), network, events, mailbox);
        this.degradation = new DegradationRule(market, step);
        this.handovers = new Handovers(config.handover(), kernel, events, mailbox, network, user -> release(user, ReleaseReason.HANDOVER));
        this.reportEvery = config.reportIntervalS() <= 0 ? 0
                : Math.max(1, (int) Math.round(config.reportIntervalS() / step));
        events.subscribeAll(tally::accept);
    }

    @Override
    public void start() {
        ManhattanGrid grid = network.grid();
        List<Double> heights = new ArrayList<>();
        for (var building : grid.buildings()) {
            heights.add(building.heightM());
        }
        List<CityBuilt.CellSite> sites = new ArrayList<>();
        for (int b = 0; b < network.cells(); b++) {
            sites.add(new CityBuilt.CellSite(network.cellId(b), network.cellX(b), network.cellY(b),
                    network.clusterId(network.clusters().clusterOf(b))));
        }
        List<UserKind> kinds = new ArrayList<>();
        for (UserEquipment user : users) {
            kinds.add(user.kind);
        }
        events.publish(new CityBuilt(events.stamp("run"), grid.columns(), grid.rows(), grid.blockSizeM(),
                grid.streetWidthM(), heights, sites, kinds));
        LinkTable links = network.links();
        for (UserEquipment user : users) {
            links.update(user.index, user.mover.x(), user.mover.y(), 0, shadowing);
            int serving = links.strongest(user.index);
            user.handover = new HandoverProcess(config.handover(), network.cells(), serving);
            network.attach(serving);
            user.nextBlockageAt = blockages.next(0);
        }
        double step = config.measurementIntervalS();
        kernel.every(step, step, Phase.STEP, this::step);
        kernel.every(ACCOUNTING_S, ACCOUNTING_S, Phase.ACCOUNT, accounts::publish);
    }

    @Override
    public void finish() {
        accounts.publish();
    }

    private void step() {
        double now = kernel.now();
        double dt = config.measurementIntervalS();
        steps++;
        move(dt);
        blockages.startDue(users, now);
        for (UserEquipment user : users) {
            measure(user, now);
        }
        accounts.account(users, now, dt);
        if (reportEvery > 0 && steps % reportEvery == 0) {
            for (UserEquipment user : users) {
                report(user);
            }
        }
    }

    /** Users walk or drive for {@code dt} seconds; links of those moved far enough are recomputed. */
    private void move(double dt) {
        LinkTable links = network.links();
        for (UserEquipment user : users) {
            user.sinceUpdateM += user.mover.advance(dt, mobility);
            if (user.sinceUpdateM >= config.radio().channelUpdateDistanceM()) {
                links.update(user.index, user.mover.x(), user.mover.y(), user.sinceUpdateM, shadowing);
                user.sinceUpdateM = 0;
            }
        }
    }

    private void measure(UserEquipment user, double now) {
        LinkTable links = network.links();
        links.receivedDbm(user.index, received);
        HandoverProcess handover = user.handover;
        int target = handover.measure(now, received);
        if (target >= 0) {
            handovers.triggered(user, target);
        }
        double sinrDb = links.sinrDb(user.index, handover.serving());
        switch (degradation.observe(user, now, sinrDb)) {
            case DEGRADED -> degrade(user, now, sinrDb);
            case RECOVERED -> recover(user, now, sinrDb);
            case NONE -> { }
        }
        if (user.degraded) {
            request(user, now);
        }
    }

    private void degrade(UserEquipment user, double now, double sinrDb) {
        user.degraded = true;
        user.degradedAt = now;
        user.belowSince = Double.NaN;
        user.aboveSince = Double.NaN;
        user.cluster = network.clusters().clusterOf(nearestClusterCell(user));
        events.publish(new LinkDegraded(events.stamp(user.id), network.cellId(user.handover.serving()), sinrDb,
                network.clusterId(user.cluster)));
        trace.onset(user.index, now);
    }

    /**
     * The strongest cell but the serving one (the serving one if it is alone): its cluster is the
     * user's nearest in the radio sense, the one that can lend it useful blocks.
     */
    private int nearestClusterCell(UserEquipment user) {
        int best = network.strongestNeighbour(user.handover);
        return best < 0 ? user.handover.serving() : best;
    }

    private void recover(UserEquipment user, double now, double sinrDb) {
        user.degraded = false;
        user.aboveSince = Double.NaN;
        events.publish(new LinkRecovered(events.stamp(user.id), network.cellId(user.handover.serving()), sinrDb,
                now - user.degradedAt));
        release(user, ReleaseReason.RECOVERED);
    }

    /** Every allocator withdraws the user's requests and takes back its extra blocks, for {@code reason}. */
    private void release(UserEquipment user, ReleaseReason reason) {
        for (Contender contender : contenders) {
            contender.withdraw(user.index);
            contender.releaseAll(user.index, reason);
        }
    }

    private void request(UserEquipment user, double now) {
        BandwidthRequest request = null;
        boolean built = false;
        for (Contender contender : contenders) {
            if (!contender.wantsRequest(user.index, now)) {
                continue;
            }
            if (!built) {
                request = BandwidthRequest.of(user, now, network, config);
                built = true;
            }
            if (request == null) {
                contender.skip(user.index, now);
            } else {
                contender.send(request, user);
            }
        }
    }

    /** The user's bit rate now under the published allocator: serving link plus extra blocks, bit/s. */
    double publishedRateBps(UserEquipment user) {
        return accounts.publishedRateBps(user);
    }

    private void report(UserEquipment user) {
        HandoverProcess handover = user.handover;
        int serving = handover.serving();
        int neighbour = network.strongestNeighbour(handover);
        double rate = publishedRateBps(user);
        events.publish(new MeasurementReported(events.stamp(user.id), user.mover.x(), user.mover.y(),
                network.cellId(serving), handover.filteredDbm(serving), network.links().sinrDb(user.index, serving),
                neighbour < 0 ? null : network.cellId(neighbour), neighbour < 0 ? Double.NaN : handover.filteredDbm(neighbour),
                handover.phase(), rate, published.extraBlocks(user.index)));
    }

    @Override
    public void intervene(Intervention intervention) {
        var arguments = intervention.arguments();
        switch (intervention.action()) {
            case "block-link" -> {
                int u = arguments.get(SmallCellMarketScenario.USER);
                int cell = arguments.get(SmallCellMarketScenario.CELL);
                UserEquipment user = users[u];
                blockages.block(user, cell < 0 ? user.handover.serving() : cell,
                        arguments.get(SmallCellMarketScenario.DEPTH), arguments.get(SmallCellMarketScenario.DURATION),
                        BlockageCause.INTERVENTION);
            }
            case "block-area" -> {
                double x = arguments.get(SmallCellMarketScenario.X);
                double y = arguments.get(SmallCellMarketScenario.Y);
                double radius = arguments.get(SmallCellMarketScenario.RADIUS);
                for (UserEquipment user : users) {
                    double dx = user.mover.x() - x;
                    double dy = user.mover.y() - y;
                    if (dx * dx + dy * dy <= radius * radius) {
                        blockages.block(user, user.handover.serving(), arguments.get(SmallCellMarketScenario.DEPTH),
                                arguments.get(SmallCellMarketScenario.DURATION), BlockageCause.AREA);
                    }
                }
            }
            case "set-blockage-rate" -> blockages.setRate(arguments.get(SmallCellMarketScenario.RATE), users,
                    kernel.now());
            default -> throw new UnsupportedOperationException("no action " + intervention.action());
        }
    }

    @Override
    public Map<String, Object> summary() {
        return tally.summary();
    }

    // What the contenders, the summary, the view and the tests read.

    ManhattanGrid grid() {
        return network.grid();
    }

    double cellX(int cell) {
        return network.cellX(cell);
    }

    double cellY(int cell) {
        return network.cellY(cell);
    }

    UserEquipment user(int index) {
        return users[index];
    }

    LinkTable links() {
        return network.links();
    }

    EventBus events() {
        return events;
    }

    SmallCellConfig config() {
        return config;
    }

    Mailbox mailbox() {
        return mailbox;
    }

    CompClusters clusters() {
        return network.clusters();
    }

    SessionComparison comparison() {
        return comparison;
    }

    Contender[] contenders() {
        return contenders;
    }

    Contender published() {
        return published;
    }

    int cellCount() {
        return network.cells();
    }

    int userCount() {
        return users.length;
    }

    double now() {
        return kernel.now();
    }

    String cellId(int cell) {
        return network.cellId(cell);
    }

    String userId(int user) {
        return users[user].id;
    }

    String clusterId(int cluster) {
        return network.clusterId(cluster);
    }

    /** Blocks a cell can lend now: those beyond its full share for every user it serves and those already lent. */
    int spareBlocks(int cell, int lentBlocks) {
        return network.spareBlocks(cell, lentBlocks);
    }

    /** The bit rate one block of {@code cell} gives {@code user} now, bit/s. */
    double ratePerBlockBps(int user, int cell) {
        return network.ratePerBlockBps(user, cell);
    }

    static int optimumIndex() {
        return OPTIMUM;
    }
}
