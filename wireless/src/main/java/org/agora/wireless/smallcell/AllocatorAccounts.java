package org.agora.wireless.smallcell;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.agora.core.event.EventBus;
import org.agora.wireless.handover.HandoverProcess;
import org.agora.wireless.smallcell.events.AllocatorsAccounted;

/**
 * The tallies of every allocator: each step, every user's bit rate under each allocator (its
 * serving blocks plus the extra blocks granted to it) adds to outage time, bits during handovers
 * and the rate trace; each accounting publishes what was added since the last one as an
 * {@link AllocatorsAccounted} event and starts afresh. The model's summary is the sum of these
 * events ({@link SmallCellTally}). Rates in bit/s, times in seconds. Belongs to the simulation
 * thread.
 */
final class AllocatorAccounts {

    private final SmallCellNetwork network;
    private final Contender[] contenders;
    private final Contender published;
    private final SessionComparison comparison;
    private final RateTrace trace;
    private final EventBus events;
    private final double outageRateBps;
    /** Blocks each allocator's cells schedule to each user they serve, this step, by allocator then cell. */
    private final int[][] primaryBlocks;
    private final double[] rates;

    AllocatorAccounts(SmallCellNetwork network, Contender[] contenders, Contender published,
            SessionComparison comparison, RateTrace trace, EventBus events, double outageRateBps) {
        this.network = network;
        this.contenders = contenders;
        this.published = published;
        this.comparison = comparison;
        this.trace = trace;
        this.events = events;
        this.outageRateBps = outageRateBps;
        this.primaryBlocks = new int[contenders.length][network.cells()];
        this.rates = new double[contenders.length];
    }

    /** Rates of every user under every allocator for the step just measured, {@code dt} seconds long. */
    void account(UserEquipment[] users, double now, double dt) {
        for (int a = 0; a < contenders.length; a++) {
            for (int b = 0; b < network.cells(); b++) {
                primaryBlocks[a][b] = network.primaryBlocks(b, contenders[a].lent[b]);
            }
        }
        for (UserEquipment user : users) {
            HandoverProcess handover = user.handover;
            double perBlock = network.servingRatePerBlockBps(user);
            for (int a = 0; a < contenders.length; a++) {
                Contender contender = contenders[a];
                double rate = rateBps(user, contender, primaryBlocks[a][handover.serving()], perBlock);
                rates[a] = rate;
                if (rate < outageRateBps) {
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

    /** The user's bit rate now under the published allocator: serving link plus extra blocks, bit/s. */
    double publishedRateBps(UserEquipment user) {
        int serving = user.handover.serving();
        return rateBps(user, published, network.primaryBlocks(serving, published.lent[serving]),
                network.servingRatePerBlockBps(user));
    }

    private double rateBps(UserEquipment user, Contender contender, int servingBlocks, double servingPerBlockBps) {
        double rate = servingBlocks * servingPerBlockBps;
        for (Grant grant : contender.grantsOf(user.index)) {
            rate += grant.blocks * network.ratePerBlockBps(user.index, grant.cell);
        }
        return rate;
    }

    /**
     * Publishes what every allocator added to its metrics since the last accounting, and starts the
     * next.
     */
    void publish() {
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
            rateSums.add(Arrays.stream(trace.sums(a)).boxed().toList());
            rateCounts.add(Arrays.stream(trace.counts(a)).boxed().toList());
            contender.resetAccounts();
        }
        events.publish(new AllocatorsAccounted(events.stamp("run"), names, published.name, outage, degradedOutage, bits,
                requests, granted, waits, comparison.sessions(), comparison.users(), comparison.largest(),
                comparison.cleared(), comparison.rounds(), comparison.mostRounds(), welfare, revenue, jain, rateSums,
                rateCounts));
        comparison.reset();
        trace.reset();
    }
}
