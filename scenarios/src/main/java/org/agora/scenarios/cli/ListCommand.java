package org.agora.scenarios.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.agora.core.config.BadInputException;
import org.agora.core.experiment.ExperimentFile;
import org.agora.core.scenario.CatalogEntry;
import org.agora.core.scenario.Scenario;
import org.agora.core.scenario.ScenarioCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code agora list}: the catalog, one line each. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List the scenarios in the catalog (agora run NAME) and the shipped experiments (agora sweep NAME), one line each.")
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
        Map<String, String> experiments = new LinkedHashMap<>();
        ExperimentFile files = new ExperimentFile(catalog);
        for (CatalogEntry entry : ExperimentFile.shipped()) {
            String description;
            try {
                description = files.resolve(entry.name()).description();
            } catch (BadInputException e) {
                description = "(invalid: " + e.getMessage() + ")";
            }
            experiments.put(entry.name(), description);
        }
        int width = Math.max(lines.keySet().stream().mapToInt(String::length).max().orElse(0),
                experiments.keySet().stream().mapToInt(String::length).max().orElse(0));
        PrintWriter out = command.commandLine().getOut();
        out.println("Scenarios (agora run NAME, agora gui NAME):");
        lines.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(line ->
                out.printf("  %-" + width + "s  %s%n", line.getKey(), line.getValue()));
        if (!experiments.isEmpty()) {
            out.println();
            out.println("Experiments (agora sweep NAME):");
            experiments.forEach((name, description) -> out.printf("  %-" + width + "s  %s%n", name, description));
        }
        return 0;
    }
}
