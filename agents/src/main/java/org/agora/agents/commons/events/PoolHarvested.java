package org.agora.agents.commons.events;

import org.agora.core.event.Event;
import org.agora.core.event.EventHeader;

/**
 * The month's harvest as the pool saw it (source {@code commons}), published after the allocation
 * and before the members' {@link HarvestAllocated} events. Amounts in the pool's units.
 *
 * @param round the month, from 1
 * @param stock the units in the pool before the harvest, h(t)
 * @param threshold the per-agent sustainability threshold f(t) of the month
 * @param requested the sum of the requests
 * @param taken the units given out (the sum of the members' {@code taken})
 * @param remaining the units left after the harvest (what the collapse check looks at)
 * @param overDemanded true if the requests exceeded the pool, so the allocation rule split it
 */
public record PoolHarvested(EventHeader header, int round, long stock, int threshold, long requested, long taken,
        long remaining, boolean overDemanded) implements Event {
}
