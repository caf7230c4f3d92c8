package org.agora.wireless.smallcell.events;

import org.agora.core.event.Event;
import org.agora.core.event.EventHeader;

/**
 * A degraded user sent a request for extra blocks to its nearest CoMP cluster (it arrives one
 * message delay later). Source: the user.
 *
 * @param cluster the cluster asked
 * @param blocks the blocks it needs to reach its target rate
 * @param budget what it can spend, credits per second
 * @param valuePerMbit its value of data, credits per Mbit
 */
public record BandwidthRequested(EventHeader header, String cluster, int blocks, double budget, double valuePerMbit)
        implements Event {
}
