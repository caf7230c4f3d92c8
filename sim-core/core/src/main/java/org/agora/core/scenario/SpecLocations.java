package org.agora.core.scenario;

import org.agora.core.config.BadInputException;
import org.agora.core.config.ConfigNode;

/**
 * Where the values of a scenario are written, so that {@link Scenario#check} can report a
 * problem at the file's line and key: {@code where.problem("interventions[0].user", "…")}.
 */
@FunctionalInterface
public interface SpecLocations {

    /** A one-line bad-input error about the value at {@code keyPath} (e.g. {@code parameters.cells}, {@code population[1].count}). */
    BadInputException problem(String keyPath, String message);

    /** Locations in a parsed file: the line of the key, or of its nearest enclosing key that is written. */
    static SpecLocations in(ConfigNode root) {
        return (keyPath, message) -> {
            ConfigNode node = root;
            for (String step : keyPath.replace("[", ".[").split("\\.")) {
                ConfigNode next = null;
                if (step.startsWith("[") && node.isList()) {
                    int index = Integer.parseInt(step.substring(1, step.length() - 1));
                    next = index < node.items().size() ? node.items().get(index) : null;
                } else if (!step.isEmpty() && node.isMap()) {
                    next = node.get(step);
                }
                if (next == null) {
                    break;
                }
                node = next;
            }
            return BadInputException.at(root.source(), node.line(), keyPath, message);
        };
    }

    /** No file to point into (a spec built in code or changed on the command line): the key only. */
    static SpecLocations unlocated(String name) {
        return (keyPath, message) -> BadInputException.at(name, 0, keyPath, message);
    }
}
