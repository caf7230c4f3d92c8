package org.agora.scenarios.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.agora.core.config.BadInputException;
import org.agora.core.scenario.CatalogEntry;
import org.agora.core.scenario.Scenario;
import org.agora.core.scenario.ScenarioCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code agora list}: the catalog, one line each. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List the scenarios in the catalog, one line each.")
final class ListCommand implements Callable<Integer> {

    @Spec
    private CommandSpec command;

    @Override
    public Integer call() {
        ScenarioCatalog catalog = ScenarioCatalog.installed();
        Map<String, String> lines = new LinkedHashMap<>();
        for (CatalogEntry entry : catalog.entries()) {
            String description;
            try {
                description = catalog.load(entry).description();
            } catch (BadInputException e) {
                description = "(invalid: " + e.getMessage() + ")";
            }
            lines.put(entry.name(), description);
        }
        for (Scenario scenario : catalog.scenarios()) {
            lines.putIfAbsent(scenario.id(), scenario.summary());
        }
        int width = lines.keySet().stream().mapToInt(String::length).max().orElse(0);
        lines.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(line ->
                command.commandLine().getOut().printf("%-" + width + "s  %s%n", line.getKey(), line.getValue()));
        return 0;
    }
}
