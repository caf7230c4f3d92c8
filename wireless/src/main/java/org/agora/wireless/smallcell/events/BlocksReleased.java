package org.agora.wireless.smallcell.events;

import org.agora.core.event.Event;
import org.agora.core.event.EventHeader;

/**
 * A grant ended and its blocks went back to the cell. Source: the cell.
 *
 * @param user the user
 * @param session the session that granted them
 * @param blocks blocks released
 * @param reason why they went back
 * @param heldS how long the user held them, seconds
 */
public record BlocksReleased(EventHeader header, String user, int session, int blocks, ReleaseReason reason, double heldS)
        implements Event {
}
