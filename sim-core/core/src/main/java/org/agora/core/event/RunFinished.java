package org.agora.core.event;

/**
 * The last event of a run that ended normally (source "run"): it reached its stop time, the model
 * stopped it, or it ran out of actions. A failed or interrupted run has none.
 *
 * @param simulatedS the time of the last instant executed
 * @param events the number of events published before this one
 */
public record RunFinished(EventHeader header, double simulatedS, long events) implements Event {
}
