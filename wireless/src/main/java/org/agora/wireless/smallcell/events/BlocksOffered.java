package org.agora.wireless.smallcell.events;

import org.agora.core.event.Event;
import org.agora.core.event.EventHeader;

/**
 * A cell of a cluster opened a market session offering its spare blocks. Source: the cell.
 *
 * @param cluster its cluster
 * @param session the session's number (per run)
 * @param blocks spare blocks offered
 * @param askPrice the opening ask, its reserve price, credits per block per second
 */
public record BlocksOffered(EventHeader header, String cluster, int session, int blocks, double askPrice)
        implements Event {
}
