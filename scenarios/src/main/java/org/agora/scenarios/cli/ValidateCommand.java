package org.agora.scenarios.cli;

import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.agora.core.config.BadInputException;
import org.agora.core.run.RunEstimate;
import org.agora.core.scenario.ScenarioCatalog;
import org.agora.core.scenario.ScenarioSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code agora validate FILE}: exit 0, or 2 with one line saying what is wrong and where. A
 * valid file's run is estimated by running the model for a moment (at most 2 s): the expected
 * events and bytes are printed, and a run expected to write more than {@code --max-output} is
 * refused, so that a mistaken interval or count is caught before it fills a disk.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check a scenario file (or catalog entry) without running it: exit 0, or 2 with one line naming the file, line and key.",
            "It also estimates the run's events and bytes (running the model for at most 2 s) and refuses a run larger than --max-output."})
final class ValidateCommand implements Callable<Integer> {

    private static final String[] UNITS = {"B", "KB", "MB", "GB", "TB"};

    @Spec
    private CommandSpec command;

    @Parameters(paramLabel = "FILE", description = "a scenario file, or the name of a catalog entry")
    private String file;

    @Option(names = "--max-output", paramLabel = "SIZE", defaultValue = "4 GB",
            description = "the largest events file a run may be expected to write, for example 500 MB or 20 GB (default: ${DEFAULT-VALUE})")
    private String maxOutput;

    @Option(names = "--no-estimate", description = "do not run the model to estimate the run's size")
    private boolean noEstimate;

    @Override
    public Integer call() {
        long limit = bytes(maxOutput);
        ScenarioSpec spec = ScenarioCatalog.installed().resolve(file);
        String valid = String.format("%s: valid (scenario %s, seed %d, until %s, %d in the population)", file,
                spec.scenario().id(), spec.seed(), SummaryText.time(spec.scenario(), spec.until()), spec.population().size());
        if (noEstimate) {
            command.commandLine().getOut().println(valid);
            return 0;
        }
        if (spec.scenario().callsOutside(spec)) {
            command.commandLine().getOut().println(valid + "; no estimate of its size (a run asks services outside "
                    + "this process, such as a language model, and validate does not call them)");
            return 0;
        }
        Optional<RunEstimate> probed;
        try {
            probed = RunEstimate.of(spec);
        } catch (BadInputException e) {
            throw e;
        } catch (RuntimeException e) {
            // the file is valid; a model that cannot run here (an endpoint away) gives no estimate, not a failure
            command.commandLine().getOut().println(valid + "; no estimate of its size (the model stopped: "
                    + e.getClass().getSimpleName() + ")");
            return 0;
        }
        if (probed.isEmpty()) {
            command.commandLine().getOut().println(valid + "; no estimate of its size (no simulated time passed "
                    + "while the model was probed)");
            return 0;
        }
        RunEstimate estimate = probed.get();
        String size = String.format("%s%,d events, %s", estimate.exact() ? "" : "about ", estimate.events(), size(estimate.bytes()));
        if (estimate.bytes() > limit) {
            throw BadInputException.at(file, 0, null, "a run would write " + size + " of events, more than --max-output "
                    + size(limit) + "; check its intervals and counts, filter its outputs, or raise --max-output");
        }
        command.commandLine().getOut().println(valid + "; a run writes " + size);
        return 0;
    }

    /** A size as people write it: "500 MB", "4 GB", "1.5GB", or bytes. */
    static long bytes(String text) {
        String trimmed = text.strip().toUpperCase(Locale.ROOT);
        int unit = 0;
        for (int i = UNITS.length - 1; i > 0; i--) {
            if (trimmed.endsWith(UNITS[i])) {
                unit = i;
                trimmed = trimmed.substring(0, trimmed.length() - UNITS[i].length()).strip();
                break;
            }
        }
        if (unit == 0 && trimmed.endsWith("B")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1).strip();
        }
        try {
            double value = Double.parseDouble(trimmed) * Math.pow(1000, unit);
            if (!(value > 0)) {
                throw new NumberFormatException();
            }
            return value >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) value;
        } catch (NumberFormatException e) {
            throw BadInputException.at("--max-output", 0, null, "'" + text + "' is not a size (for example 500 MB or 20 GB)");
        }
    }

    private static String size(long bytes) {
        int unit = 0;
        double value = bytes;
        while (value >= 1000 && unit < UNITS.length - 1) {
            value /= 1000;
            unit++;
        }
        return unit == 0 ? bytes + " B" : String.format("%.1f %s", value, UNITS[unit]);
    }
}
