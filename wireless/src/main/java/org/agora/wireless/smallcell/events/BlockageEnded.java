package org.agora.wireless.smallcell.events;

import org.agora.core.event.Event;
import org.agora.core.event.EventHeader;

/**
 * A blockage of a user's link ended. Source: the user.
 *
 * @param cell the cell whose link was blocked
 * @param depthDb the extra loss it removed, dB
 */
public record BlockageEnded(EventHeader header, String cell, double depthDb) implements Event {
}
