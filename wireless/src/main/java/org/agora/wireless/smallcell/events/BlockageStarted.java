package org.agora.wireless.smallcell.events;

import org.agora.core.event.Event;
import org.agora.core.event.EventHeader;

/**
 * Something (a truck, a knot of traffic, a body) started blocking a user's link to a cell.
 * Source: the user.
 *
 * @param cell the cell whose link is blocked
 * @param depthDb the extra loss, dB
 * @param durationS how long it lasts, seconds
 * @param cause what started it
 */
public record BlockageStarted(EventHeader header, String cell, double depthDb, double durationS, BlockageCause cause)
        implements Event {
}
