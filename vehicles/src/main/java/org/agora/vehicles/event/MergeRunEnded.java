package org.agora.vehicles.event;

import org.agora.core.event.Event;
import org.agora.core.event.EventHeader;

/**
 * The merge run stopped stepping (source: run), after its last episode ended or its last vehicles
 * left (reason RUN_END): the simulated time the per-hour metrics are divided by.
 *
 * @param steps simulation steps made
 * @param simulatedS steps × the step length, seconds
 */
public record MergeRunEnded(EventHeader header, long steps, double simulatedS) implements Event {
}
