package org.agora.wireless.smallcell.events;

import org.agora.core.event.Event;
import org.agora.core.event.EventHeader;

/**
 * A degraded user's serving link came back above the threshold plus the recovery margin for the
 * recovery hold time. Source: the user.
 *
 * @param cell the serving cell
 * @param sinrDb the serving link's SINR, dB
 * @param degradedS how long it was degraded, seconds
 */
public record LinkRecovered(EventHeader header, String cell, double sinrDb, double degradedS) implements Event {
}
