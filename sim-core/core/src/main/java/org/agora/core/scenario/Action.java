package org.agora.core.scenario;

/**
 * Something a scenario file can make happen at a chosen time (an intervention's verb):
 * "add-agent", "set-cav-share", "block-link".
 *
 * @param name the word files use ({@code action: add-agent}): lower case and dashes
 * @param description one line for {@code agora describe}
 * @param arguments what the action takes, checked like parameters
 */
public record Action(String name, String description, ParameterSet arguments) {
}
