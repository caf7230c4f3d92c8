package org.agora.scenarios.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.agora.core.config.BadInputException;
import org.agora.core.config.ConfigNode;
import org.agora.core.experiment.ExperimentFile;
import org.agora.core.scenario.CatalogEntry;
import org.agora.core.scenario.Parameter;
import org.agora.core.scenario.ScenarioCatalog;
import org.agora.core.scenario.ScenarioSpec;

/**
 * What {@code run} and {@code gui} run: the scenario a user named, with the seed, stop time and
 * parameters of the command line, where the round limit and the stop time of a round-based scenario
 * follow each other (one knob is enough), and where naming an experiment says to use {@code sweep}.
 */
public final class RunSpecs {

    /** Keys only an experiment file has: its design and its replications. */
    private static final java.util.Set<String> EXPERIMENT_KEYS = java.util.Set.of("grid", "points", "sample", "replications");

    private RunSpecs() {
    }

    /**
     * The spec to run.
     *
     * @param target a catalog entry, a scenario id or a scenario file
     * @param seed the seed, or null for the file's
     * @param until the stop time as the user wrote it, or null for the file's
     * @param assignments {@code name=value} parameters
     * @param notes where a line goes when one setting overrides another
     * @throws BadInputException on bad input, or when the target is an experiment
     */
    public static ScenarioSpec resolve(String target, Long seed, String until, List<String> assignments, PrintWriter notes) {
        ScenarioCatalog catalog = ScenarioCatalog.installed();
        ScenarioSpec spec;
        try {
            spec = catalog.resolve(target);
        } catch (BadInputException e) {
            if (isExperiment(catalog, target)) {
                throw new BadInputException("'" + target + "' is an experiment (parameter points × replications), not a "
                        + "scenario; run it with: agora sweep " + target);
            }
            throw e;
        }
        if (seed != null) {
            spec = spec.withSeed(seed);
        }
        if (until != null) {
            spec = spec.withUntil(until);
        }
        spec = spec.withAssignments(assignments);
        return roundsFollowStopTime(spec, until != null, assignments, notes);
    }

    /**
     * In a round-based scenario the run ends at the round limit or the stop time, whichever comes
     * first. When the command line sets only one of them, the other follows it; when it sets both
     * and the stop time comes first, a note says so.
     */
    static ScenarioSpec roundsFollowStopTime(ScenarioSpec spec, boolean untilGiven, List<String> assignments, PrintWriter notes) {
        double round = spec.scenario().roundLength();
        Optional<Parameter<Integer>> limit = spec.scenario().roundLimit();
        if (round <= 0 || limit.isEmpty()) {
            return spec;
        }
        String limitName = limit.get().name();
        boolean roundsGiven = assignments.stream().anyMatch(a -> a.strip().startsWith(limitName + "=")
                || a.strip().startsWith(limitName + " ="));
        int rounds = spec.parameters().get(limit.get());
        int roundsBeforeStop = (int) Math.max(1, Math.ceil(spec.until() / round - 1e-9));
        if (roundsGiven && !untilGiven) {
            return spec.withUntil(rounds * round);
        }
        if (untilGiven && !roundsGiven) {
            return spec.withParameter(limitName, Integer.toString(roundsBeforeStop));
        }
        if (roundsGiven && roundsBeforeStop < rounds) {
            notes.println("note: --until stops the run after round " + roundsBeforeStop + ", before the " + rounds
                    + " rounds of --set " + limitName + "=" + rounds + " (drop --until to play them all)");
        }
        return spec;
    }

    /** Whether {@code target} names a shipped experiment, or a file that reads as one. */
    static boolean isExperiment(ScenarioCatalog catalog, String target) {
        for (CatalogEntry entry : ExperimentFile.shipped()) {
            if (entry.name().equals(target)) {
                return true;
            }
        }
        if (!target.endsWith(".yaml") && !target.endsWith(".yml")) {
            return false;
        }
        try {
            java.util.Set<String> keys = ConfigNode.readYaml(Path.of(target)).fields().keySet();
            return keys.stream().anyMatch(EXPERIMENT_KEYS::contains);
        } catch (BadInputException | IllegalStateException e) {
            return false;
        }
    }
}
