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
import org.agora.wireless.channel.Decibels;
import org.agora.wireless.channel.LinkTable;
import org.agora.wireless.channel.RateModel;
import org.agora.wireless.channel.UmiStreetCanyon;
import org.agora.wireless.city.ManhattanGrid;
import org.agora.wireless.city.SiteSelection;
import org.agora.wireless.city.StreetMover;
import org.agora.wireless.comp.CompClusters;
import org.agora.wireless.handover.HandoverProcess;
import org.agora.wireless.market.Allocator;
import org.agora.wireless.market.AscendingAuction;
import org.agora.wireless.market.CentralizedOptimum;
import org.agora.wireless.market.EqualSplit;
import org.agora.wireless.market.NoExtraBandwidth;
import org.agora.wireless.smallcell.events.AllocatorsAccounted;
import org.agora.wireless.smallcell.events.BlockageCause;
import org.agora.wireless.smallcell.events.BlockageEnded;
import org.agora.wireless.smallcell.events.BlockageStarted;
import org.agora.wireless.smallcell.events.CityBuilt;
import org.agora.wireless.smallcell.events.HandoverCompleted;
import org.agora.wireless.smallcell.events.HandoverExecuted;
import org.agora.wireless.smallcell.events.HandoverPrepared;
import org.agora.wireless.smallcell.events.HandoverTriggered;
import org.agora.wireless.smallcell.events.LinkDegraded;
import org.agora.wireless.smallcell.events.LinkRecovered;
import org.agora.wireless.smallcell.events.MeasurementReported;
import org.agora.wireless.smallcell.events.ReleaseReason;

/**
 * One run of {@code smallcell-market}. Every measurement interval, in user order: users move
 * (stream "mobility"), random blockages start (stream "blockage"), links moved far enough are
 * recomputed (stream "shadowing"), each user filters its measurements and watches A3, detects a
 * degradation or a recovery, sends requests, and every allocator's rates are accounted. Market
 * messages, handover steps and ends of blockages run through a {@link Mailbox} before the step of
 * their instant. Building heights come from stream "city", users' values and budgets from
 * "users"; the market draws nothing. Belongs to the simulation thread.
 */
final class SmallCellModel implements Model {

    /** Orderings within an instant. */
    enum Phase { MESSAGES, STEP, ACCOUNT }

    /** Simulated time between two AllocatorsAccounted events, seconds. */
    static final double ACCOUNTING_S = 1.0;

    /** The optimum's place among the allocators (market, waitForHandover, equalSplit, optimum). */
    private static final int OPTIMUM = 3;
    /** A lamp post stands this far from the building walls at a corner, metres. */
    private static final double KERB_M = 1.0;
    private static final double EPSILON_S = 1e-9;

    private final Kernel kernel;
    private final EventBus events;
    private final SmallCellConfig config;
    private final Mailbox mailbox;
    private final ManhattanGrid grid;
    private final double[] cellX;
    private final double[] cellY;
    private final String[] cellIds;
    private final CompClusters clusters;
    private final String[] clusterIds;
    private final LinkTable links;
    private final RateModel rateModel;
    private final UserEquipment[] users;
    /** Users attached to each cell (not counting those in their user-plane interruption). */
    private final int[] served;
    private final Contender[] contenders;
    private final Contender published;
    private final SessionComparison comparison;
    private final RateTrace trace;
    /** The summary, added up from this run's own events. */
    private final SmallCellTally tally = new SmallCellTally();
    private final RandomStream mobility;
    private final RandomStream shadowing;
    private final RandomStream blockage;
    private final double[] received;
    private final double[] rates;
    private final int[][] primaryBlocks;
    private final int reportEvery;
    private final double averageWeight;
    private double blockageRatePerMinute;
    private long steps;

    /** How many lamp posts a city of this layout has for cells (building heights do not matter). */
    static int lampPosts(SmallCellConfig.City city) {
        ManhattanGrid layout = new ManhattanGrid(city.columns(), city.rows(), city.blockSizeM(), city.streetWidthM(),
                new double[city.columns() * city.rows()]);
        return SiteSelection.candidates(layout, KERB_M).size();
    }

    SmallCellModel(RunContext context, SmallCellConfig config) {
        this.kernel = context.kernel();
        this.events = context.events();
        this.config = config;
        this.mailbox = new Mailbox(kernel, Phase.MESSAGES.ordinal());
        SmallCellConfig.City city = config.city();
        SmallCellConfig.Radio radio = config.radio();
        this.grid = ManhattanGrid.random(city.columns(), city.rows(), city.blockSizeM(), city.streetWidthM(),
                city.minBuildingHeightM(), city.minBuildingHeightM() + city.buildingHeightRangeM(), kernel.random("city"));
        List<SiteSelection.Site> sites = SiteSelection.choose(grid, radio.cells(), KERB_M);
        int cells = sites.size();
        cellX = new double[cells];
        cellY = new double[cells];
        cellIds = new String[cells];
        for (int b = 0; b < cells; b++) {
            cellX[b] = sites.get(b).x();
            cellY[b] = sites.get(b).y();
            cellIds[b] = "bs-" + b;
        }
        clusters = CompClusters.of(cellX, cellY, radio.clusterSize(), radio.clustering(), grid.widthM(), grid.heightM());
        clusterIds = new String[clusters.count()];
        for (int c = 0; c < clusterIds.length; c++) {
            clusterIds[c] = "cluster-" + c;
        }
        UmiStreetCanyon pathLoss = new UmiStreetCanyon(radio.carrierGHz(), radio.cellHeightM(), radio.userHeightM());
        double noiseDbm = Decibels.thermalNoiseDbm(radio.blocksPerCell() * radio.blockBandwidthHz(), radio.noiseFigureDb());
        this.rateModel = radio.rateModel();
        this.mobility = kernel.random("mobility");
        this.shadowing = kernel.random("shadowing");
        this.blockage = kernel.random("blockage");
        RandomStream draws = kernel.random("users");
        List<UserEquipment> all = new ArrayList<>();
        for (SmallCellConfig.UserGroup group : config.groups()) {
            for (int i = 0; i < group.count(); i++) {
                StreetMover mover = StreetMover.random(grid, group.mover(), mobility);
                double value = group.valuePerMbit() * draws.uniform(0.5, 1.5);
                all.add(new UserEquipment(all.size(), group.kind(), mover, value, group.budget()));
            }
        }
        this.users = all.toArray(new UserEquipment[0]);
        this.links = new LinkTable(grid, pathLoss, cellX, cellY, radio.txPowerDbm(), noiseDbm, radio.shadowing(),
                users.length);
        this.served = new int[cells];
        this.received = new double[cells];
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
        this.rates = new double[contenders.length];
        this.primaryBlocks = new int[contenders.length][cells];
        double step = config.measurementIntervalS();
        this.trace = new RateTrace(users.length, contenders.length, step);
        this.reportEvery = config.reportIntervalS() <= 0 ? 0
                : Math.max(1, (int) Math.round(config.reportIntervalS() / step));
        this.blockageRatePerMinute = config.blockage().ratePerMinute();
        this.averageWeight = 1 - Math.exp(-step / config.market().dropWindowS());
        events.subscribeAll(tally::accept);
    }

    @Override
    public void start() {
        List<Double> heights = new ArrayList<>();
        for (var building : grid.buildings()) {
            heights.add(building.heightM());
        }
        List<CityBuilt.CellSite> sites = new ArrayList<>();
        for (int b = 0; b < cellX.length; b++) {
            sites.add(new CityBuilt.CellSite(cellIds[b], cellX[b], cellY[b], clusterIds[clusters.clusterOf(b)]));
        }
        List<String> kinds = new ArrayList<>();
        for (UserEquipment user : users) {
            kinds.add(user.kind);
        }
        events.publish(new CityBuilt(events.stamp("run"), grid.columns(), grid.rows(), grid.blockSizeM(),
                grid.streetWidthM(), heights, sites, kinds));
        for (UserEquipment user : users) {
            links.update(user.index, user.mover.x(), user.mover.y(), 0, shadowing);
            int serving = links.strongest(user.index);
            user.handover = new HandoverProcess(config.handover(), cellX.length, serving);
            served[serving]++;
            user.nextBlockageAt = nextBlockage(0);
        }
        double step = config.measurementIntervalS();
        kernel.every(step, step, Phase.STEP, this::step);
        kernel.every(ACCOUNTING_S, ACCOUNTING_S, Phase.ACCOUNT, this::publishAccounts);
    }

    /**
     * Publishes what every allocator added to its metrics since the last accounting, and starts the
     * next: the model's summary is the sum of these events (see {@link SmallCellTally}).
     */
    private void publishAccounts() {
        int n = contenders.length;
        List<String> names = new ArrayList<>(n);
        List<Double> outage = new ArrayList<>(n);
        List<Double> degradedOutage = new ArrayList<>(n);
        List<Double> bits = new ArrayList<>(n);
        List<Long> requests = new ArrayList<>(n);
        List<Long> granted = new ArrayList<>(n);
        List<Double> waits = new ArrayList<>(n);
        List<Double> welfare = new ArrayList<>(n);
        List<Double> revenue = new ArrayList<>(n);
        List<Double> jain = new ArrayList<>(n);
        List<List<Double>> rateSums = new ArrayList<>(n);
        List<List<Long>> rateCounts = new ArrayList<>(n);
        for (Contender contender : contenders) {
            int a = contender.index;
            names.add(contender.name);
            outage.add(contender.outageS);
            degradedOutage.add(contender.degradedOutageS);
            bits.add(contender.bitsDuringHandovers);
            requests.add(contender.requestsSent);
            granted.add(contender.requestsGranted);
            waits.add(contender.waitSum);
            welfare.add(comparison.welfare(a));
            revenue.add(comparison.revenue(a));
            jain.add(comparison.jainSum(a));
            rateSums.add(java.util.Arrays.stream(trace.sums(a)).boxed().toList());
            rateCounts.add(java.util.Arrays.stream(trace.counts(a)).boxed().toList());
            contender.resetAccounts();
        }
        events.publish(new AllocatorsAccounted(events.stamp("run"), names, published.name, outage, degradedOutage, bits,
                requests, granted, waits, comparison.sessions(), comparison.users(), comparison.largest(),
                comparison.cleared(), comparison.rounds(), comparison.mostRounds(), welfare, revenue, jain, rateSums,
                rateCounts));
        comparison.reset();
        trace.reset();
    }

    @Override
    public void finish() {
        publishAccounts();
    }

    private double nextBlockage(double from) {
        if (blockageRatePerMinute <= 0) {
            return Double.POSITIVE_INFINITY;
        }
        return from + blockage.exponential(60.0 / blockageRatePerMinute);
    }

    private void step() {
        double now = kernel.now();
        double dt = config.measurementIntervalS();
        steps++;
        for (UserEquipment user : users) {
            user.sinceUpdateM += user.mover.advance(dt, mobility);
            if (user.sinceUpdateM >= config.radio().channelUpdateDistanceM()) {
                links.update(user.index, user.mover.x(), user.mover.y(), user.sinceUpdateM, shadowing);
                user.sinceUpdateM = 0;
            }
        }
        for (UserEquipment user : users) {
            while (now >= user.nextBlockageAt) {
                block(user, user.handover.serving(), config.blockage().depthDb(),
                        blockage.exponential(config.blockage().meanDurationS()), BlockageCause.RANDOM);
                user.nextBlockageAt = nextBlockage(user.nextBlockageAt);
            }
        }
        for (UserEquipment user : users) {
            measure(user, now);
        }
        account(now, dt);
        if (reportEvery > 0 && steps % reportEvery == 0) {
            for (UserEquipment user : users) {
                report(user);
            }
        }
    }

    private void measure(UserEquipment user, double now) {
        links.receivedDbm(user.index, received);
        HandoverProcess handover = user.handover;
        int target = handover.measure(now, received);
        if (target >= 0) {
            int from = handover.serving();
            events.publish(new HandoverTriggered(events.stamp(user.id), cellIds[from], cellIds[target],
                    handover.filteredDbm(from), handover.filteredDbm(target)));
            mailbox.post(config.handover().preparationS(), () -> prepared(user));
        }
        double sinrDb = links.sinrDb(user.index, handover.serving());
        SmallCellConfig.Market market = config.market();
        double average = Double.isNaN(user.averageSinrDb) ? sinrDb : user.averageSinrDb;
        user.averageSinrDb = average + averageWeight * (sinrDb - average);
        if (!user.degraded) {
            boolean low = sinrDb < market.requestSinrDb()
                    && (!market.dropRule() || average - sinrDb >= market.requestDropDb());
            if (low) {
                if (Double.isNaN(user.belowSince)) {
                    user.belowSince = now;
                }
                if (now - user.belowSince >= market.requestHoldS() - EPSILON_S) {
                    degrade(user, now, sinrDb);
                }
            } else {
                user.belowSince = Double.NaN;
            }
        } else if (sinrDb >= market.requestSinrDb() + market.recoveryMarginDb()) {
            if (Double.isNaN(user.aboveSince)) {
                user.aboveSince = now;
            }
            if (now - user.aboveSince >= market.recoveryHoldS() - EPSILON_S) {
                recover(user, now, sinrDb);
            }
        } else {
            user.aboveSince = Double.NaN;
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
        user.cluster = clusters.clusterOf(strongestNeighbour(user));
        events.publish(new LinkDegraded(events.stamp(user.id), cellIds[user.handover.serving()], sinrDb,
                clusterIds[user.cluster]));
        trace.onset(user.index, now);
    }

    /**
     * The cell, other than the serving one, with the strongest filtered received power: its
     * cluster is the user's nearest in the radio sense, the one that can lend it useful blocks.
     */
    private int strongestNeighbour(UserEquipment user) {
        HandoverProcess handover = user.handover;
        int best = -1;
        for (int b = 0; b < cellX.length; b++) {
            if (b != handover.serving() && (best < 0 || handover.filteredDbm(b) > handover.filteredDbm(best))) {
                best = b;
            }
        }
        return best < 0 ? handover.serving() : best;
    }

    private void recover(UserEquipment user, double now, double sinrDb) {
        user.degraded = false;
        user.aboveSince = Double.NaN;
        events.publish(new LinkRecovered(events.stamp(user.id), cellIds[user.handover.serving()], sinrDb,
                now - user.degradedAt));
        for (Contender contender : contenders) {
            contender.withdraw(user.index);
            contender.releaseAll(user.index, ReleaseReason.RECOVERED);
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
                request = buildRequest(user, now);
                built = true;
            }
            if (request == null) {
                contender.skip(user.index, now);
            } else {
                contender.send(request, user);
            }
        }
    }

    /** The request a degraded user would send now, or null if it needs nothing the cluster can give. */
    private BandwidthRequest buildRequest(UserEquipment user, double now) {
        SmallCellConfig.Radio radio = config.radio();
        SmallCellConfig.Market market = config.market();
        double primary = radio.blocksPerUser() * ratePerBlockBps(user.index, user.handover.serving());
        double deficit = market.targetRateBps() - primary;
        int[] members = clusters.members(user.cluster);
        int count = 0;
        int[] cells = new int[members.length];
        double[] rate = new double[members.length];
        double[] value = new double[members.length];
        double best = 0;
        for (int cell : members) {
            double perBlock = ratePerBlockBps(user.index, cell);
            if (perBlock > 0) {
                cells[count] = cell;
                rate[count] = perBlock;
                value[count] = user.valuePerMbit * perBlock / 1e6;
                best = Math.max(best, perBlock);
                count++;
            }
        }
        if (deficit <= 0 || count == 0) {
            return null;
        }
        int need = (int) Math.min(market.maxExtraBlocks(), Math.ceil(deficit / best));
        return new BandwidthRequest(user.index, now, user.cluster, need, user.budget,
                java.util.Arrays.copyOf(cells, count), java.util.Arrays.copyOf(rate, count),
                java.util.Arrays.copyOf(value, count), primary);
    }

    private void prepared(UserEquipment user) {
        HandoverProcess handover = user.handover;
        handover.prepared();
        events.publish(new HandoverPrepared(events.stamp(user.id), cellIds[handover.serving()],
                cellIds[handover.target()]));
        mailbox.post(config.handover().executionS(), () -> detached(user));
    }

    private void detached(UserEquipment user) {
        HandoverProcess handover = user.handover;
        handover.detached();
        served[handover.serving()]--;
        events.publish(new HandoverExecuted(events.stamp(user.id), cellIds[handover.serving()],
                cellIds[handover.target()]));
        mailbox.post(config.handover().interruptionS(), () -> completed(user));
    }

    private void completed(UserEquipment user) {
        HandoverProcess handover = user.handover;
        int from = handover.serving();
        int to = handover.target();
        double triggeredAt = handover.triggeredAt();
        boolean pingPong = handover.completed(kernel.now());
        served[to]++;
        events.publish(new HandoverCompleted(events.stamp(user.id), cellIds[from], cellIds[to],
                kernel.now() - triggeredAt, config.handover().interruptionS(), pingPong));
        for (Contender contender : contenders) {
            contender.withdraw(user.index);
            contender.releaseAll(user.index, ReleaseReason.HANDOVER);
        }
    }

    private void block(UserEquipment user, int cell, double depthDb, double durationS, BlockageCause cause) {
        links.setBlockage(user.index, cell, links.blockageDb(user.index, cell) + depthDb);
        events.publish(new BlockageStarted(events.stamp(user.id), cellIds[cell], depthDb, durationS, cause));
        mailbox.post(durationS, () -> {
            double left = links.blockageDb(user.index, cell) - depthDb;
            links.setBlockage(user.index, cell, left < 1e-9 ? 0 : left);
            events.publish(new BlockageEnded(events.stamp(user.id), cellIds[cell], depthDb));
        });
    }

    /** Rates of every user under every allocator for the step just measured. */
    private void account(double now, double dt) {
        SmallCellConfig.Radio radio = config.radio();
        double outage = config.market().outageRateBps();
        for (int a = 0; a < contenders.length; a++) {
            for (int b = 0; b < served.length; b++) {
                primaryBlocks[a][b] = primaryBlocks(b, contenders[a].lent[b]);
            }
        }
        for (UserEquipment user : users) {
            HandoverProcess handover = user.handover;
            double servingRate = handover.interrupted() ? 0 : ratePerBlockBps(user.index, handover.serving());
            for (int a = 0; a < contenders.length; a++) {
                Contender contender = contenders[a];
                double rate = primaryBlocks[a][handover.serving()] * servingRate;
                for (Grant grant : contender.grantsOf(user.index)) {
                    rate += grant.blocks * ratePerBlockBps(user.index, grant.cell);
                }
                rates[a] = rate;
                if (rate < outage) {
                    contender.outageS += dt;
                    if (user.degraded) {
                        contender.degradedOutageS += dt;
                    }
                }
                if (handover.inProgress()) {
                    contender.bitsDuringHandovers += rate * dt;
                }
            }
            trace.record(user.index, now, rates);
        }
    }

    /** Blocks a cell schedules to each user it serves, given the blocks it has lent. */
    private int primaryBlocks(int cell, int lentBlocks) {
        int users = served[cell];
        if (users == 0) {
            return 0;
        }
        int perUser = config.radio().blocksPerUser();
        return Math.min(perUser, (config.radio().blocksPerCell() - lentBlocks) / users);
    }

    /** The user's bit rate now under the published allocator: serving link plus extra blocks, bit/s. */
    double publishedRateBps(UserEquipment user) {
        HandoverProcess handover = user.handover;
        int serving = handover.serving();
        double servingRate = handover.interrupted() ? 0 : ratePerBlockBps(user.index, serving);
        double rate = primaryBlocks(serving, published.lent[serving]) * servingRate;
        for (Grant grant : published.grantsOf(user.index)) {
            rate += grant.blocks * ratePerBlockBps(user.index, grant.cell);
        }
        return rate;
    }

    private void report(UserEquipment user) {
        HandoverProcess handover = user.handover;
        int serving = handover.serving();
        int neighbour = -1;
        for (int b = 0; b < cellX.length; b++) {
            if (b != serving && (neighbour < 0 || handover.filteredDbm(b) > handover.filteredDbm(neighbour))) {
                neighbour = b;
            }
        }
        double rate = publishedRateBps(user);
        events.publish(new MeasurementReported(events.stamp(user.id), user.mover.x(), user.mover.y(), cellIds[serving],
                handover.filteredDbm(serving), links.sinrDb(user.index, serving),
                neighbour < 0 ? null : cellIds[neighbour], neighbour < 0 ? Double.NaN : handover.filteredDbm(neighbour),
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
                block(user, cell < 0 ? user.handover.serving() : cell, arguments.get(SmallCellMarketScenario.DEPTH),
                        arguments.get(SmallCellMarketScenario.DURATION), BlockageCause.INTERVENTION);
            }
            case "block-area" -> {
                double x = arguments.get(SmallCellMarketScenario.X);
                double y = arguments.get(SmallCellMarketScenario.Y);
                double radius = arguments.get(SmallCellMarketScenario.RADIUS);
                for (UserEquipment user : users) {
                    double dx = user.mover.x() - x;
                    double dy = user.mover.y() - y;
                    if (dx * dx + dy * dy <= radius * radius) {
                        block(user, user.handover.serving(), arguments.get(SmallCellMarketScenario.DEPTH),
                                arguments.get(SmallCellMarketScenario.DURATION), BlockageCause.AREA);
                    }
                }
            }
            case "set-blockage-rate" -> {
                blockageRatePerMinute = arguments.get(SmallCellMarketScenario.RATE);
                for (UserEquipment user : users) {
                    user.nextBlockageAt = nextBlockage(kernel.now());
                }
            }
            default -> throw new UnsupportedOperationException("no action " + intervention.action());
        }
    }

    @Override
    public Map<String, Object> summary() {
        return tally.summary();
    }

    // What the contenders, the summary, the view and the tests read.

    ManhattanGrid grid() {
        return grid;
    }

    double cellX(int cell) {
        return cellX[cell];
    }

    double cellY(int cell) {
        return cellY[cell];
    }

    UserEquipment user(int index) {
        return users[index];
    }

    LinkTable links() {
        return links;
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
        return clusters;
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
        return cellX.length;
    }

    int userCount() {
        return users.length;
    }

    double now() {
        return kernel.now();
    }

    String cellId(int cell) {
        return cellIds[cell];
    }

    String userId(int user) {
        return users[user].id;
    }

    String clusterId(int cluster) {
        return clusterIds[cluster];
    }

    /** Blocks a cell can lend now: those beyond its full share for every user it serves and those already lent. */
    int spareBlocks(int cell, int lentBlocks) {
        SmallCellConfig.Radio radio = config.radio();
        return Math.max(0, radio.blocksPerCell() - served[cell] * radio.blocksPerUser() - lentBlocks);
    }

    /** The bit rate one block of {@code cell} gives {@code user} now, bit/s. */
    double ratePerBlockBps(int user, int cell) {
        return rateModel.rateBps(links.sinr(user, cell), config.radio().blockBandwidthHz());
    }

    static int optimumIndex() {
        return OPTIMUM;
    }
}
