package org.agora.core.scenario;

/**
 * A ready-made scenario file shipped on the class path under {@code catalog/}.
 *
 * @param name the file name without {@code .yaml}: what {@code agora run NAME} takes
 * @param resource where it was found, for messages
 * @param content the YAML text
 */
public record CatalogEntry(String name, String resource, String content) {
}
