package org.agora.wireless.smallcell.events;

import org.agora.core.event.Event;
import org.agora.core.event.EventHeader;

/**
 * A cell granted extra blocks to a user; they serve it until released. Source: the cell.
 *
 * @param user the user
 * @param session the session that decided it
 * @param blocks blocks granted
 * @param price price per block, credits per block per second (0 for allocators without prices)
 * @param rateBps the bit rate the blocks carry now, bit/s
 * @param waitS from the user's request to this grant, seconds
 */
public record BlocksGranted(EventHeader header, String user, int session, int blocks, double price, double rateBps,
        double waitS) implements Event {
}
