package org.agora.scenarios.cli;

import java.util.concurrent.Callable;
import org.agora.core.scenario.ScenarioCatalog;
import org.agora.core.scenario.ScenarioSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code agora validate FILE}: exit 0, or 2 with one line saying what is wrong and where. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a scenario file (or catalog entry) without running it: exit 0, or 2 with one line naming the file, line and key.")
final class ValidateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec command;

    @Parameters(paramLabel = "FILE", description = "a scenario file, or the name of a catalog entry")
    private String file;

    @Override
    public Integer call() {
        ScenarioSpec spec = ScenarioCatalog.installed().resolve(file);
        command.commandLine().getOut().printf("%s: valid (scenario %s, seed %d, until %s, %d in the population)%n",
                file, spec.scenario().id(), spec.seed(), SummaryText.time(spec.scenario(), spec.until()), spec.population().size());
        return 0;
    }
}
