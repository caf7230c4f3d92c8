package org.agora.wireless.smallcell.events;

import org.agora.core.event.Event;
import org.agora.core.event.EventHeader;

/**
 * A user bid for blocks of a cell in a market round. Source: the user.
 *
 * @param cell the cell bid at
 * @param session the session
 * @param round the round (from 1)
 * @param blocks blocks bid for
 * @param price price per block, credits per block per second
 */
public record BidPlaced(EventHeader header, String cell, int session, int round, int blocks, double price)
        implements Event {
}
