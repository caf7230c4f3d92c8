package org.agora.core.event;

/**
 * The part every event shares.
 *
 * @param time simulation time in seconds when the event happened
 * @param runId the run that produced it (derived from scenario, parameters and seed, never from wall time)
 * @param seq the event's sequence number in its run: 0, 1, 2, … in publication order
 * @param source the id of the entity the event is about (an agent, a vehicle, a cell; "run" for the run itself)
 */
public record EventHeader(double time, String runId, long seq, String source) {
}
