package org.agora.scenarios.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.agora.agents.llm.TestEndpoints;
import org.agora.core.event.RunFinished;
import org.agora.core.experiment.Experiment;
import org.agora.core.experiment.ExperimentFile;
import org.agora.core.run.Simulation;
import org.agora.core.scenario.CatalogEntry;
import org.agora.core.scenario.ScenarioCatalog;
import org.agora.core.scenario.ScenarioSpec;
import org.agora.core.sink.MemorySink;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The shipped catalog (scenarios/src/main/resources/catalog) and experiments
 * (…/experiments): every entry validates and runs a short version, every experiment file parses
 * against the installed scenarios, and every setting of the three studies has its entry and an
 * experiment that sweeps it (docs/scenarios.md).
 */
class CatalogTest {

    private static final ScenarioCatalog CATALOG = ScenarioCatalog.installed();

    /** What the issue asks the catalog to hold: every setting of the three studies. */
    private static final List<String> REQUIRED = List.of(
            "govsim-fishery", "govsim-fishery-universalization", "govsim-fishery-no-communication", "govsim-fishery-newcomer",
            "govsim-pasture", "govsim-pasture-universalization", "govsim-pasture-no-communication", "govsim-pasture-newcomer",
            "govsim-pollution", "govsim-pollution-universalization", "govsim-pollution-no-communication",
            "govsim-pollution-newcomer", "govsim-fishery-heterogeneous", "govsim-trash",
            "smallcell-market", "smallcell-pedestrians", "smallcell-vehicles", "smallcell-blockage-storm",
            "v2x-merge-easy", "v2x-merge-easy-no-sharing", "v2x-merge-easy-no-safety", "v2x-merge-easy-no-sharing-no-safety",
            "v2x-merge", "v2x-merge-no-sharing", "v2x-merge-no-safety", "v2x-merge-no-sharing-no-safety",
            "v2x-merge-hard", "v2x-merge-hard-no-sharing", "v2x-merge-hard-no-safety", "v2x-merge-hard-no-sharing-no-safety",
            "v2x-merge-inflow", "v2x-merge-study-easy", "v2x-merge-study-medium", "v2x-merge-study-hard");

    /** Entries no experiment sweeps, and why. */
    private static final Map<String, String> UNSWEPT = Map.of(
            "govsim-fishery-10000", "a scale demonstration (10,000 members), not a setting of the study",
            "govsim-fishery-greedy", "a reference point (the worst case), shown in docs/scenarios.md by one run",
            "govsim-fishery-norm-midyear", "the timed-intervention demonstration, shown by one run",
            "v2x-highway", "the SUMO benchmark's road (docs/benchmarks.md), not a setting of the study");

    @Test
    void everySettingOfTheStudiesHasAnEntry() {
        assertThat(CATALOG.entries()).extracting(CatalogEntry::name).containsAll(REQUIRED);
    }

    @TestFactory
    Stream<DynamicTest> everyEntryValidatesAndRunsAShortVersion() {
        return catalogEntries().stream().map(entry -> DynamicTest.dynamicTest(entry.name(), () -> {
            ScenarioSpec spec = CATALOG.load(entry);
            assertThat(spec.description()).as("its line in agora list").isNotBlank().doesNotContain("\n");
            // No language model on CI: entries with language-model members ask the test chat server
            // (answers computed from the prompts), every other entry runs as shipped.
            spec = TestEndpoints.onTestServer(spec);
            double round = spec.scenario().roundLength();
            double shortUntil = Math.min(spec.until(), round > 0 ? 2 * round : 5.0);
            MemorySink events = new MemorySink();
            Map<String, Object> summary = Simulation.of(spec.withUntil(shortUntil), events).runToEnd();
            assertThat(summary).as("its summary").isNotEmpty();
            assertThat(events.ofType(RunFinished.class)).hasSize(1);
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyExperimentParsesAndIsSmall() {
        List<CatalogEntry> shipped = shippedExperiments();
        assertThat(shipped).hasSizeGreaterThanOrEqualTo(9);
        return shipped.stream().map(file -> DynamicTest.dynamicTest(file.name(), () -> {
            Experiment experiment = new ExperimentFile(CATALOG).resolve(file.name());
            assertThat(experiment.description()).isNotBlank();
            assertThat(experiment.varied()).allSatisfy(parameter -> assertThat(parameter)
                    .isIn(concat(experiment.base().scenario().parameters().names(), Experiment.SCENARIO)));
            assertThat(experiment.runCount()).as("runs, to stay minutes on two cores").isLessThanOrEqualTo(150);
            assertThat(file.content()).as("says the command that runs it").contains("./agora sweep " + file.name());
        }));
    }

    @Test
    void everyEntryButTheListedOnesIsSweptByAnExperiment() {
        Set<String> swept = new LinkedHashSet<>();
        for (CatalogEntry file : shippedExperiments()) {
            new ExperimentFile(CATALOG).resolve(file.name()).scenarios().forEach(s -> swept.add(s.name()));
        }
        List<String> unswept = new ArrayList<>();
        for (CatalogEntry entry : catalogEntries()) {
            if (!swept.contains(entry.name())) {
                unswept.add(entry.name());
            }
        }
        assertThat(unswept).containsExactlyInAnyOrderElementsOf(UNSWEPT.keySet());
        assertThat(swept).as("experiments sweep catalog entries only").allSatisfy(name -> assertThat(CATALOG.entry(name)).isPresent());
    }

    /** This module's experiments (the class path also holds the platform tests' examples). */
    private static List<CatalogEntry> shippedExperiments() {
        Set<String> ours = names(Path.of("src/main/resources", ExperimentFile.FOLDER));
        return ExperimentFile.shipped().stream().filter(e -> ours.contains(e.name())).toList();
    }

    private static List<CatalogEntry> catalogEntries() {
        Set<String> ours = names(Path.of("src/main/resources", ScenarioCatalog.FOLDER));
        return CATALOG.entries().stream().filter(e -> ours.contains(e.name())).toList();
    }

    private static Set<String> names(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".yaml")).map(f -> f.replace(".yaml", ""))
                    .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> concat(java.util.Collection<String> names, String extra) {
        List<String> all = new ArrayList<>(names);
        all.add(extra);
        return all;
    }
}
