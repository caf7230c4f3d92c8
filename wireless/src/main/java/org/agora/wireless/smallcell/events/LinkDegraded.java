package org.agora.wireless.smallcell.events;

import org.agora.core.event.Event;
import org.agora.core.event.EventHeader;

/**
 * A user's serving link fell below the request threshold for the hold time: it will ask its
 * nearest CoMP cluster for extra blocks. Source: the user.
 *
 * @param cell the serving cell
 * @param sinrDb the serving link's SINR, dB
 * @param cluster the nearest CoMP cluster
 */
public record LinkDegraded(EventHeader header, String cell, double sinrDb, String cluster) implements Event {
}
