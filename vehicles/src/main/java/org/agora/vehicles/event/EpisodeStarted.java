package org.agora.vehicles.event;

import org.agora.core.event.Event;
import org.agora.core.event.EventHeader;

/**
 * An episode of the merge began (source: run).
 *
 * @param episode its number, from 1
 * @param density its density: easy, medium or hard (never inflow, which has no episodes)
 * @param cavs how many CAVs it has
 * @param hdvs how many HDVs it has
 */
public record EpisodeStarted(EventHeader header, int episode, Density density, int cavs, int hdvs) implements Event {
}
