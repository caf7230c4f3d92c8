package org.agora.core.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** How the coordinator spreads jobs over the jobs topic's partitions. */
class JobPartitionsTest {

    @Property(tries = 300)
    void everyBlockOfConsecutiveRunsFillsEachPartitionOnce(@ForAll @IntRange(min = 1, max = 200) int partitions,
            @ForAll @IntRange(min = 0, max = 100_000) int firstRun) {
        int stride = DistributedSweep.stride(partitions);
        Set<Integer> filled = new HashSet<>();
        for (int run = firstRun; run < firstRun + partitions; run++) {
            int partition = DistributedSweep.partitionOf(run, partitions, stride);
            assertThat(partition).isBetween(0, partitions - 1);
            filled.add(partition);
        }
        assertThat(filled).hasSize(partitions);
    }

    @Property(tries = 300)
    void fewerRunsThanPartitionsStillSpreadOverBothHalvesAndBothParities(@ForAll @IntRange(min = 2, max = 64) int partitions,
            @ForAll @IntRange(min = 1, max = 64) int runs) {
        int count = Math.min(runs, partitions);
        int stride = DistributedSweep.stride(partitions);
        int lowerHalf = 0;
        int even = 0;
        for (int run = 0; run < count; run++) {
            int partition = DistributedSweep.partitionOf(run, partitions, stride);
            lowerHalf += partition < partitions / 2 ? 1 : 0;
            even += partition % 2 == 0 ? 1 : 0;
        }
        // a worker given either half, or every other partition, finds about half the runs there
        assertThat(Math.abs(2 * lowerHalf - count)).isLessThanOrEqualTo(6);
        assertThat(Math.abs(2 * even - count)).isLessThanOrEqualTo(6);
    }
}
