package org.agora.agents.commons;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.agora.core.kernel.RandomStream;
import org.agora.core.kernel.RandomStreams;
import org.junit.jupiter.api.Test;

/** The allocation of an over-demanded pool, for random requests under both rules. */
class AllocationTest {

    /** Requests of 1 to 12 agents, each 0 to 120 units, and a pool of 0 to 150 units. */
    record Demand(int[] requests, long pool) {
        long total() {
            return Arrays.stream(requests).asLongStream().sum();
        }
    }

    @Provide
    Arbitrary<Demand> demands() {
        Arbitrary<int[]> requests = Arbitraries.integers().between(0, 120).array(int[].class).ofMinSize(1).ofMaxSize(12);
        return Combinators.combine(requests, Arbitraries.longs().between(0, 150)).as(Demand::new);
    }

    private static int[] allocate(Demand demand, AllocationRule rule, long seed) {
        int n = demand.requests().length;
        int[] taken = new int[n];
        RandomStream stream = new RandomStreams(seed).stream("allocation");
        new Allocation().allocate(demand.requests().clone(), n, demand.pool(), rule, () -> stream, taken);
        return taken;
    }

    @Property
    void givesOutExactlyThePoolOrEveryRequestAndNobodyMoreThanAsked(@ForAll("demands") Demand demand,
            @ForAll AllocationRule rule, @ForAll long seed) {
        int[] taken = allocate(demand, rule, seed);
        assertThat(Arrays.stream(taken).asLongStream().sum()).isEqualTo(Math.min(demand.pool(), demand.total()));
        for (int i = 0; i < taken.length; i++) {
            assertThat(taken[i]).isBetween(0, demand.requests()[i]);
        }
    }

    @Property
    void theSameSeedGivesTheSameSplit(@ForAll("demands") Demand demand, @ForAll AllocationRule rule, @ForAll long seed) {
        assertThat(allocate(demand, rule, seed)).isEqualTo(allocate(demand, rule, seed));
    }

    @Property
    void whatIsNotOverDemandedIsGrantedInFull(@ForAll("demands") Demand demand, @ForAll AllocationRule rule) {
        Demand granted = new Demand(demand.requests(), demand.total() + demand.pool());
        assertThat(allocate(granted, rule, 1)).isEqualTo(demand.requests());
    }

    @Property(tries = 200)
    void everyAgentThatAsksCanReceiveUnits(@ForAll @IntRange(min = 2, max = 8) int agents,
            @ForAll @IntRange(min = 1, max = 40) int each, @ForAll AllocationRule rule) {
        int[] requests = new int[agents];
        Arrays.fill(requests, each);
        Demand demand = new Demand(requests, (long) agents * each - 1);
        int[] received = new int[agents];
        for (long seed = 0; seed < 60; seed++) {
            int[] taken = allocate(demand, rule, seed);
            for (int i = 0; i < agents; i++) {
                received[i] += taken[i];
            }
        }
        assertThat(Arrays.stream(received).boxed()).allSatisfy(units -> assertThat(units).isPositive());
    }

    @Test
    void unitByUnitGivesEachOfFiveGreedyAgentsAboutAFifthOfTheLake() {
        Demand demand = new Demand(new int[] {100, 100, 100, 100, 100}, 100);
        int[] total = new int[5];
        for (long seed = 0; seed < 400; seed++) {
            int[] taken = allocate(demand, AllocationRule.RANDOM_UNITS, seed);
            for (int i = 0; i < 5; i++) {
                total[i] += taken[i];
            }
        }
        assertThat(Arrays.stream(total).boxed()).allSatisfy(units -> assertThat(units / 400.0).isBetween(19.0, 21.0));
    }

    @Test
    void proportionalSplitsInProportionAndHandsOutTheRemainderOneUnitEach() {
        Demand demand = new Demand(new int[] {30, 10, 20}, 31);
        int[] taken = allocate(demand, AllocationRule.PROPORTIONAL, 7);
        // exact shares 15.5, 5.17, 10.33: floors 15, 5, 10 and one unit left for one of the three
        assertThat(taken[0] + taken[1] + taken[2]).isEqualTo(31);
        assertThat(List.of(taken[0] - 15, taken[1] - 5, taken[2] - 10)).containsExactlyInAnyOrder(1, 0, 0);
    }

    @Test
    void theRandomStreamIsNotCreatedWithoutOverDemand() {
        int[] taken = new int[2];
        new Allocation().allocate(new int[] {3, 4}, 2, 10, AllocationRule.RANDOM_UNITS, () -> {
            throw new AssertionError("no draw is needed");
        }, taken);
        assertThat(taken).containsExactly(3, 4);
    }
}
