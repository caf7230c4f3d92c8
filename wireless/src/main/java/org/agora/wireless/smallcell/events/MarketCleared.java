package org.agora.wireless.smallcell.events;

import org.agora.core.event.Event;
import org.agora.core.event.EventHeader;

/**
 * A cluster's allocation session ended (for the published allocator). It also carries every
 * allocator's welfare on the very same instance (the users and spare blocks at the session's
 * opening), the comparison summary.json aggregates. Source: the cluster.
 *
 * @param allocator the published allocator: market, equalSplit, optimum
 * @param session the session
 * @param rounds market rounds (0 for one-shot allocators)
 * @param users users in the instance
 * @param blocksGranted blocks granted
 * @param welfare Σ blocks·(value − reserve) of the published allocator, credits per second
 * @param revenue Σ payments, credits per second
 * @param marketWelfare the market's welfare on the instance, credits per second
 * @param equalSplitWelfare the equal split's welfare on the instance, credits per second
 * @param optimumWelfare the centralized optimum's welfare on the instance, credits per second
 */
public record MarketCleared(EventHeader header, String allocator, int session, int rounds, int users, int blocksGranted,
        double welfare, double revenue, double marketWelfare, double equalSplitWelfare, double optimumWelfare)
        implements Event {
}
