package org.agora.wireless.smallcell.events;

import java.util.List;
import org.agora.core.event.Event;
import org.agora.core.event.EventHeader;

/**
 * What every allocator living through the run added to its metrics since the previous accounting:
 * published every second of simulated time and at the end of the run (source "run"). Summed over a
 * run, these events are the allocator comparison of summary.json, which the model itself computes
 * from them. Lists are by allocator, in the order of {@code allocators}.
 *
 * @param allocators the allocators' names: market, waitForHandover, equalSplit, optimum
 * @param published the allocator whose messages are published as events
 * @param outageS user·seconds below the outage rate
 * @param degradedOutageS the same, counting only degraded users
 * @param bitsDuringHandovers bits delivered between handover triggers and completions
 * @param requests requests sent
 * @param grantedRequests requests that got at least one block
 * @param waitS Σ of the waits from request to grant of those, seconds
 * @param sessions sessions of the published allocator whose instance every allocator was run on
 * @param sessionUsers Σ of those instances' users
 * @param largestSession users of the largest of them (0 if none)
 * @param clearedSessions sessions of the published allocator that ended
 * @param rounds Σ of their market rounds
 * @param mostRounds rounds of the longest of them (0 if none)
 * @param welfare Σ over the instances of blocks·(value − reserve), credits per second
 * @param revenue Σ over the instances of payments, credits per second
 * @param jainSum Σ over the instances of Jain's index of the users' satisfaction
 * @param rateSumsBps per allocator, Σ of degraded users' rates in each bin around the onset, bit/s
 * @param rateCounts per allocator, the rates summed in each bin
 */
public record AllocatorsAccounted(EventHeader header, List<String> allocators, String published, List<Double> outageS,
        List<Double> degradedOutageS, List<Double> bitsDuringHandovers, List<Long> requests, List<Long> grantedRequests,
        List<Double> waitS, long sessions, long sessionUsers, int largestSession, long clearedSessions, long rounds,
        int mostRounds, List<Double> welfare, List<Double> revenue, List<Double> jainSum, List<List<Double>> rateSumsBps,
        List<List<Long>> rateCounts) implements Event {
}
