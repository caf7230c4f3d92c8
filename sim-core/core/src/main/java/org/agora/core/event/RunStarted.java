package org.agora.core.event;

import java.util.List;
import java.util.Map;

/**
 * The first event of every run (time 0, source "run"): what runs, so that a reader of the events
 * alone (a file without its manifest, a Kafka topic) knows the scenario and its settings.
 *
 * @param scenario the scenario id
 * @param seed the run seed
 * @param untilS the stop time
 * @param parameters resolved parameter values by name
 * @param population the population groups: kind, count and the kind's parameters
 * @param interventions the timed interventions: at (seconds), round, action and arguments
 */
public record RunStarted(EventHeader header, String scenario, long seed, double untilS,
        Map<String, Object> parameters, List<Map<String, Object>> population, List<Map<String, Object>> interventions)
        implements Event {
}
