package org.agora.core.event;

import java.util.Map;

/**
 * A timed intervention of the scenario file took effect (published just before the model
 * applies it, source "run").
 *
 * @param action the action's name
 * @param round the round it was given for, or 0 if it was given as a time
 * @param arguments the action's arguments by name
 */
public record InterventionApplied(EventHeader header, String action, int round, Map<String, Object> arguments)
        implements Event {
}
