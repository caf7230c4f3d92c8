package org.agora.wireless.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.junit.jupiter.api.Test;

class AllocatorsTest {

    @Test
    void theHighestValueWinsAContestedStationAtAboutTheLoserValue() {
        MarketInstance.Builder builder = MarketInstance.builder();
        builder.addStation(0, 2, 0.1);
        builder.addUser(0, 2, 100).option(0, 1.0, 1e6);
        builder.addUser(1, 2, 100).option(0, 0.5, 5e5);
        MarketInstance instance = builder.build();
        Allocation allocation = new AscendingAuction(0.01, 1000).allocate(instance);
        assertThat(allocation.blocksOfUser(0)).isEqualTo(2);
        assertThat(allocation.blocksOfUser(1)).isZero();
        // The loser drops out once the ask passes its value; the winner pays about that.
        assertThat(allocation.price(0)).isBetween(0.5, 0.5 + 2 * 0.01);
        assertThat(allocation.revenue()).isEqualTo(2 * allocation.price(0));
        assertThat(allocation.welfare()).isCloseTo(2 * (1.0 - 0.1), within(1e-12));
    }

    @Test
    void anUncontestedStationLendsAtItsReserve() {
        MarketInstance.Builder builder = MarketInstance.builder();
        builder.addStation(0, 10, 0.05);
        builder.addStation(1, 10, 0.05);
        builder.addUser(0, 4, 100).option(0, 1.0, 1e6).option(1, 0.8, 8e5);
        builder.addUser(1, 3, 100).option(1, 0.7, 7e5);
        Allocation allocation = new AscendingAuction(0.01, 100).allocate(builder.build());
        assertThat(allocation.blocks(0)).isEqualTo(4);
        assertThat(allocation.blocks(1)).isZero();
        assertThat(allocation.blocks(2)).isEqualTo(3);
        assertThat(allocation.price(0)).isEqualTo(0.05);
        assertThat(allocation.price(2)).isEqualTo(0.05);
        assertThat(allocation.rounds()).isEqualTo(2);
    }

    @Test
    void aUserOutOfBudgetBuysWhatItCanAfford() {
        MarketInstance.Builder builder = MarketInstance.builder();
        builder.addStation(0, 10, 0.1);
        builder.addUser(0, 10, 0.35).option(0, 1.0, 1e6);
        Allocation allocation = new AscendingAuction(0.01, 100).allocate(builder.build());
        // Its first bid is ask + margin + ε = 1.0 (capped at its value): no block affordable there
        // and no other station, so it gets nothing; with a second station at reserve it would try that.
        assertThat(allocation.blocksOfUser(0)).isZero();
        MarketInstance.Builder two = MarketInstance.builder();
        two.addStation(0, 10, 0.1);
        two.addStation(1, 10, 0.1);
        two.addUser(0, 10, 0.35).option(0, 1.0, 1e6).option(1, 0.9, 9e5);
        Allocation fallback = new AscendingAuction(0.01, 100).allocate(two.build());
        assertThat(fallback.paymentOfUser(0)).isLessThanOrEqualTo(0.35);
        assertThat(fallback.blocksOfUser(0)).isGreaterThan(0);
    }

    @Test
    void equalSplitWaterFillsEachStation() {
        MarketInstance.Builder builder = MarketInstance.builder();
        builder.addStation(0, 10, 0.0);
        builder.addUser(0, 2, 0).option(0, 1, 1);
        builder.addUser(1, 10, 0).option(0, 1, 1);
        builder.addUser(2, 10, 0).option(0, 1, 1);
        Allocation allocation = new EqualSplit().allocate(builder.build());
        assertThat(new int[] {allocation.blocks(0), allocation.blocks(1), allocation.blocks(2)}).containsExactly(2, 4, 4);

        MarketInstance.Builder uneven = MarketInstance.builder();
        uneven.addStation(0, 7, 0.0);
        for (int u = 0; u < 3; u++) {
            uneven.addUser(u, 10, 0).option(0, 1, 1);
        }
        Allocation split = new EqualSplit().allocate(uneven.build());
        assertThat(new int[] {split.blocks(0), split.blocks(1), split.blocks(2)}).containsExactly(3, 2, 2);
        assertThat(split.revenue()).isZero();
    }

    @Test
    void theOptimumOfASmallInstanceIsTheHandComputedOne() {
        // Station 0 (3 blocks) is worth 1.0 to user 0 and 0.9 to user 1; station 1 (2 blocks) only to user 1 (0.5).
        // Best: user 0 takes 3 at station 0 (welfare 3·0.9), user 1 takes 2 at station 1 (2·0.4): 3.5.
        MarketInstance.Builder builder = MarketInstance.builder();
        builder.addStation(0, 3, 0.1);
        builder.addStation(1, 2, 0.1);
        builder.addUser(0, 3, 0).option(0, 1.0, 1);
        builder.addUser(1, 5, 0).option(0, 0.9, 1).option(1, 0.5, 1);
        Allocation allocation = new CentralizedOptimum().allocate(builder.build());
        assertThat(allocation.welfare()).isCloseTo(3.5, within(1e-12));
        assertThat(allocation.blocks(0)).isEqualTo(3);
        assertThat(allocation.blocks(1)).isZero();
        assertThat(allocation.blocks(2)).isEqualTo(2);
    }

    @Property(tries = 60)
    void theOptimumMatchesALinearProgram(@ForAll @LongRange(min = 1, max = 1_000_000) long seed,
            @ForAll @IntRange(min = 1, max = 12) int users, @ForAll @IntRange(min = 1, max = 6) int stations,
            @ForAll @IntRange(min = 1, max = 4) int clusterSize) {
        MarketInstance instance = SyntheticInstances.cityLike(seed, users, stations, clusterSize, false);
        double flow = new CentralizedOptimum().allocate(instance).welfare();
        assertThat(flow).isCloseTo(linearProgramOptimum(instance), within(1e-6));
    }

    /** max Σ x_k (value_k − reserve) s.t. Σ_user x ≤ need, Σ_station x ≤ supply, x ≥ 0, with Commons Math's simplex. */
    private static double linearProgramOptimum(MarketInstance instance) {
        int n = instance.options();
        if (n == 0) {
            return 0;
        }
        double[] objective = new double[n];
        for (int k = 0; k < n; k++) {
            objective[k] = instance.optionValue(k) - instance.reserve(instance.optionStation(k));
        }
        List<LinearConstraint> constraints = new ArrayList<>();
        for (int u = 0; u < instance.users(); u++) {
            double[] row = new double[n];
            for (int k = instance.optionStart(u); k < instance.optionEnd(u); k++) {
                row[k] = 1;
            }
            constraints.add(new LinearConstraint(row, Relationship.LEQ, instance.need(u)));
        }
        for (int b = 0; b < instance.stations(); b++) {
            double[] row = new double[n];
            for (int k = 0; k < n; k++) {
                if (instance.optionStation(k) == b) {
                    row[k] = 1;
                }
            }
            constraints.add(new LinearConstraint(row, Relationship.LEQ, instance.supply(b)));
        }
        PointValuePair solution = new SimplexSolver().optimize(new MaxIter(10_000),
                new LinearObjectiveFunction(objective, 0), new LinearConstraintSet(constraints), GoalType.MAXIMIZE,
                new NonNegativeConstraint(true));
        return Math.max(0, solution.getValue());
    }

    @Test
    void jainIsOneForEqualAndOneOverNForAMonopoly() {
        assertThat(Fairness.jain(new double[] {2, 2, 2})).isEqualTo(1.0);
        assertThat(Fairness.jain(new double[] {5, 0, 0, 0})).isEqualTo(0.25);
        assertThat(Fairness.jain(new double[] {0, 0})).isEqualTo(1.0);
    }

    @Test
    void aWithdrawnUserGetsNothingAndFreesItsBlocks() {
        MarketInstance.Builder builder = MarketInstance.builder();
        builder.addStation(0, 4, 0.1);
        builder.addUser(0, 4, 100).option(0, 1.0, 1);
        builder.addUser(1, 4, 100).option(0, 0.6, 1);
        AscendingAuction.Session session = new AscendingAuction(0.01, 1000).open(builder.build(), MarketListener.NONE);
        session.round();
        session.withdraw(0);
        while (!session.finished()) {
            session.round();
        }
        Allocation allocation = session.allocation();
        assertThat(allocation.blocksOfUser(0)).isZero();
        assertThat(allocation.blocksOfUser(1)).isEqualTo(4);
        assertThat(allocation.price(1)).isLessThanOrEqualTo(0.6);
    }
}
