package org.agora.core.scenario;

/**
 * One timed intervention of a scenario: an action with its arguments, at a time.
 *
 * @param time when it happens, in seconds; it runs before every other action of that instant
 * @param round the round it was given for (from 1), or 0 if it was given as a time
 * @param action the action's name, one of {@link Scenario#actions()}
 * @param arguments the action's resolved arguments
 */
public record Intervention(double time, int round, String action, Parameters arguments) {
}
