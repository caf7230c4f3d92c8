package org.agora.wireless.smallcell.events;

import org.agora.core.event.Event;
import org.agora.core.event.EventHeader;

/**
 * A cell's ask moved after resolving a round's bids (or a user's withdrawal). Source: the cell.
 *
 * @param session the session
 * @param round the round it resolved
 * @param oldPrice the ask before, credits per block per second
 * @param newPrice the ask now, credits per block per second
 * @param demandBlocks blocks wanted of it (standing plus new bids)
 * @param supplyBlocks its spare blocks
 */
public record PriceChanged(EventHeader header, int session, int round, double oldPrice, double newPrice,
        int demandBlocks, int supplyBlocks) implements Event {
}
