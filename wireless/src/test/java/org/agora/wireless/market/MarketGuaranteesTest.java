package org.agora.wireless.market;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** The market's guarantees, over random city-like instances. */
class MarketGuaranteesTest {

    private static final double TOLERANCE = 1e-9;

    @Property(tries = 300)
    void noStationLendsMoreThanItHasAndNoUserGetsMoreThanItNeeds(@ForAll @LongRange(min = 1, max = 1_000_000) long seed,
            @ForAll @IntRange(min = 1, max = 60) int users, @ForAll @IntRange(min = 1, max = 12) int stations,
            @ForAll @IntRange(min = 1, max = 5) int clusterSize, @ForAll boolean budgets) {
        MarketInstance instance = SyntheticInstances.cityLike(seed, users, stations, clusterSize, budgets);
        Allocation allocation = new AscendingAuction(0.01, 200).allocate(instance);
        int[] lent = allocation.blocksPerStation();
        for (int b = 0; b < instance.stations(); b++) {
            assertThat(lent[b]).as("station %d", b).isLessThanOrEqualTo(instance.supply(b));
        }
        for (int u = 0; u < instance.users(); u++) {
            assertThat(allocation.blocksOfUser(u)).isLessThanOrEqualTo(instance.need(u));
        }
    }

    @Property(tries = 300)
    void noUserPaysMoreThanItsBudgetOrItsValue(@ForAll @LongRange(min = 1, max = 1_000_000) long seed,
            @ForAll @IntRange(min = 1, max = 60) int users, @ForAll @IntRange(min = 1, max = 12) int stations,
            @ForAll @IntRange(min = 1, max = 5) int clusterSize, @ForAll @IntRange(min = 1, max = 300) int maxRounds) {
        MarketInstance instance = SyntheticInstances.cityLike(seed, users, stations, clusterSize, true);
        Allocation allocation = new AscendingAuction(0.01, maxRounds).allocate(instance);
        for (int u = 0; u < instance.users(); u++) {
            assertThat(allocation.paymentOfUser(u)).as("payment of user %d", u)
                    .isLessThanOrEqualTo(instance.budget(u) * (1 + TOLERANCE))
                    .isLessThanOrEqualTo(allocation.valueOfUser(u) + TOLERANCE);
            for (int k = instance.optionStart(u); k < instance.optionEnd(u); k++) {
                if (allocation.blocks(k) > 0) {
                    assertThat(allocation.price(k)).as("price of a block of option %d", k)
                            .isLessThanOrEqualTo(instance.optionValue(k))
                            .isGreaterThanOrEqualTo(instance.reserve(instance.optionStation(k)));
                }
            }
        }
    }

    @Property(tries = 300)
    void theMarketEndsWithinItsRoundBound(@ForAll @LongRange(min = 1, max = 1_000_000) long seed,
            @ForAll @IntRange(min = 1, max = 60) int users, @ForAll @IntRange(min = 1, max = 12) int stations,
            @ForAll @IntRange(min = 1, max = 5) int clusterSize, @ForAll boolean budgets) {
        MarketInstance instance = SyntheticInstances.cityLike(seed, users, stations, clusterSize, budgets);
        double increment = 0.005;
        AscendingAuction market = new AscendingAuction(increment, Integer.MAX_VALUE);
        AscendingAuction.Session session = market.open(instance, MarketListener.NONE);
        long bound = AscendingAuction.roundBound(instance, increment);
        while (!session.finished()) {
            session.round();
            assertThat((long) session.rounds()).isLessThanOrEqualTo(bound);
        }
        assertThat((long) session.allocation().rounds()).isLessThanOrEqualTo(bound);
    }

    @Property(tries = 200)
    void theCapHoldsEveryRoundAndEndsTheSession(@ForAll @LongRange(min = 1, max = 1_000_000) long seed,
            @ForAll @IntRange(min = 1, max = 40) int users, @ForAll @IntRange(min = 1, max = 8) int stations,
            @ForAll @IntRange(min = 1, max = 20) int maxRounds) {
        MarketInstance instance = SyntheticInstances.cityLike(seed, users, stations, 4, true);
        AscendingAuction.Session session = new AscendingAuction(0.001, maxRounds).open(instance, MarketListener.NONE);
        while (!session.finished()) {
            session.round();
            Allocation sofar = session.allocation();
            int[] lent = sofar.blocksPerStation();
            for (int b = 0; b < instance.stations(); b++) {
                assertThat(lent[b]).isLessThanOrEqualTo(instance.supply(b));
            }
            for (int u = 0; u < instance.users(); u++) {
                assertThat(sofar.paymentOfUser(u)).isLessThanOrEqualTo(instance.budget(u) * (1 + TOLERANCE));
            }
        }
        assertThat(session.rounds()).isLessThanOrEqualTo(maxRounds);
    }

    /** Individual rationality: taking part (bidding for what it needs) never leaves a user worse off than staying out. */
    @Property(tries = 300)
    void aUserIsNeverWorseOffForTakingPart(@ForAll @LongRange(min = 1, max = 1_000_000) long seed,
            @ForAll @IntRange(min = 1, max = 40) int users, @ForAll @IntRange(min = 1, max = 10) int stations,
            @ForAll @IntRange(min = 0, max = 39) int who) {
        MarketInstance instance = SyntheticInstances.cityLike(seed, users, stations, 3, true);
        int u = who % instance.users();
        Allocation taking = new AscendingAuction(0.01, 100).allocate(instance);
        Allocation staying = new AscendingAuction(0.01, 100).allocate(withoutDemand(instance, u));
        assertThat(staying.utilityOfUser(u)).isZero();
        assertThat(taking.utilityOfUser(u)).isGreaterThanOrEqualTo(staying.utilityOfUser(u) - TOLERANCE);
        assertThat(taking.extraRateOfUser(u)).isGreaterThanOrEqualTo(staying.extraRateOfUser(u));
    }

    @Property(tries = 150)
    void withoutBindingBudgetsWelfareIsWithinTwoEpsilonPerBlockOfTheOptimum(
            @ForAll @LongRange(min = 1, max = 1_000_000) long seed, @ForAll @IntRange(min = 1, max = 40) int users,
            @ForAll @IntRange(min = 1, max = 10) int stations, @ForAll @IntRange(min = 1, max = 5) int clusterSize) {
        MarketInstance instance = SyntheticInstances.cityLike(seed, users, stations, clusterSize, false);
        double increment = 0.01;
        Allocation market = new AscendingAuction(increment, Integer.MAX_VALUE).allocate(instance);
        Allocation optimum = new CentralizedOptimum().allocate(instance);
        assertThat(market.welfare()).isLessThanOrEqualTo(optimum.welfare() + TOLERANCE)
                .isGreaterThanOrEqualTo(optimum.welfare() - 2 * increment * instance.totalNeed() - TOLERANCE);
    }

    @Property(tries = 200)
    void theOptimumBoundsEveryAllocator(@ForAll @LongRange(min = 1, max = 1_000_000) long seed,
            @ForAll @IntRange(min = 1, max = 40) int users, @ForAll @IntRange(min = 1, max = 10) int stations,
            @ForAll boolean budgets) {
        MarketInstance instance = SyntheticInstances.cityLike(seed, users, stations, 3, budgets);
        double optimum = new CentralizedOptimum().allocate(instance).welfare();
        for (Allocator allocator : new Allocator[] {new AscendingAuction(0.01, 50), new EqualSplit(), new NoExtraBandwidth()}) {
            Allocation allocation = allocator.allocate(instance);
            assertThat(allocation.welfare()).as(allocator.name()).isLessThanOrEqualTo(optimum + TOLERANCE);
            int[] lent = allocation.blocksPerStation();
            for (int b = 0; b < instance.stations(); b++) {
                assertThat(lent[b]).as(allocator.name()).isLessThanOrEqualTo(instance.supply(b));
            }
        }
    }

    /** The same instance with user {@code u} needing nothing: it stays out of the market. */
    static MarketInstance withoutDemand(MarketInstance instance, int u) {
        MarketInstance.Builder builder = MarketInstance.builder();
        for (int b = 0; b < instance.stations(); b++) {
            builder.addStation(instance.stationKey(b), instance.supply(b), instance.reserve(b));
        }
        for (int v = 0; v < instance.users(); v++) {
            builder.addUser(instance.userKey(v), v == u ? 0 : instance.need(v), instance.budget(v));
            for (int k = instance.optionStart(v); k < instance.optionEnd(v); k++) {
                builder.option(instance.optionStation(k), instance.optionValue(k), instance.optionRateBps(k));
            }
        }
        return builder.build();
    }
}
