package org.agora.scenarios.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.agora.core.config.BadInputException;
import org.agora.core.run.HeadlessRun;
import org.agora.core.scenario.ScenarioSpec;

/**
 * Where runs go, so that one run never overwrites or mixes with another: a run directory given
 * with {@code --out} that already holds a run is refused unless the user says {@code --force},
 * which first removes that run's files (and its {@code analysis/}, which would describe the old run).
 */
public final class RunDirectories {

    /** The files and folders a run directory may hold; only these are removed by {@code --force}. */
    private static final List<String> RUN_FILES = List.of(HeadlessRun.MANIFEST_FILE, HeadlessRun.EVENTS_FILE,
            HeadlessRun.SUMMARY_FILE, HeadlessRun.ERROR_LOG, "kafka-spool.jsonl", "analysis");

    private RunDirectories() {
    }

    /**
     * The default run directory: {@code runs/} and the run id with the catalog entry's name in
     * place of the scenario id it may share with other entries ({@code v2x-merge-inflow-s1-…}).
     */
    public static Path defaultFor(ScenarioSpec spec) {
        String id = spec.runId();
        String scenario = spec.scenario().id();
        String name = spec.name() == null || spec.name().isBlank() ? scenario : spec.name();
        return Path.of("runs", id.startsWith(scenario) ? name + id.substring(scenario.length()) : id);
    }

    /** Whether {@code directory} holds (part of) a run already. */
    public static boolean holdsRun(Path directory) {
        return RUN_FILES.stream().anyMatch(file -> Files.exists(directory.resolve(file)));
    }

    /**
     * Makes {@code directory} ready for a new run: refuses one that holds a run unless
     * {@code force}, in which case that run's files are removed first.
     *
     * @param option how the user named the directory, for the message ({@code --out})
     * @throws BadInputException if it holds a run and {@code force} is false
     */
    public static void prepare(Path directory, boolean force, String option) {
        if (!holdsRun(directory)) {
            return;
        }
        if (!force) {
            throw BadInputException.at(option, 0, null, directory + " already holds a run; choose another directory, "
                    + "or add --force to replace it");
        }
        for (String file : RUN_FILES) {
            delete(directory.resolve(file));
        }
    }

    private static void delete(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + path, e);
        }
    }
}
