package org.agora.scenarios.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.agora.core.scenario.ScenarioSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * What to run, as {@code agora run} and {@code agora gui} take it (a picocli mixin): the scenario,
 * its seed, parameter assignments and stop time, resolved exactly as a scenario file with the same
 * keys would be.
 */
public final class ScenarioOptions {

    @Parameters(paramLabel = "SCENARIO", description = "a catalog entry, a scenario id or a scenario file")
    private String target;

    @Option(names = "--seed", paramLabel = "N", description = "the run seed (default: the file's, or 1)")
    private Long seed;

    @Option(names = "--set", paramLabel = "NAME=VALUE", description = "set a parameter (repeatable)")
    private List<String> assignments = new ArrayList<>();

    @Option(names = "--until", paramLabel = "TIME", parameterConsumer = UntilConsumer.class,
            description = "the stop time: seconds, or a number and a unit (20 s, 5 min, 12 months); in the monthly "
                    + "societies the round limit follows it (and --until follows --set rounds=N)")
    private String until;

    /** The scenario as named on the command line. */
    public String target() {
        return target;
    }

    /**
     * The scenario with the seed, stop time and assignments applied, as {@link RunSpecs#resolve}
     * makes it (the round limit and the stop time follow each other; an experiment is refused).
     *
     * @param notes where a line goes when one setting overrides another
     * @throws org.agora.core.config.BadInputException if the scenario or an option is wrong
     */
    public ScenarioSpec resolve(PrintWriter notes) {
        return RunSpecs.resolve(target, seed, until, assignments, notes);
    }
}
