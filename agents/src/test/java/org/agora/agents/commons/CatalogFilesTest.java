package org.agora.agents.commons;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.agora.agents.llm.TestEndpoints;
import org.agora.core.config.ConfigNode;
import org.agora.core.config.SimTime;
import org.agora.core.scenario.ScenarioSpec;
import org.junit.jupiter.api.Test;

/** The commons catalog files (in the scenarios module) read, run, and do what their names say. */
class CatalogFilesTest {

    private static final Path CATALOG = Path.of("../scenarios/src/main/resources/catalog");

    private static List<Path> files() throws IOException {
        try (Stream<Path> files = Files.list(CATALOG)) {
            return files.filter(f -> f.getFileName().toString().matches("govsim-.*\\.yaml")).sorted().toList();
        }
    }

    /** A catalog file's run; one with language-model members asks the test server, for two months (a year is a benchmark's). */
    private static Runs.Run run(String name) throws IOException {
        ScenarioSpec spec = Runs.spec(Files.readString(CATALOG.resolve(name + ".yaml")));
        if (TestEndpoints.usesLanguageModels(spec)) {
            spec = TestEndpoints.onTestServer(spec).withUntil(Math.min(spec.until(), 2 * SimTime.MONTH));
        }
        return Runs.run(spec);
    }

    @Test
    void everyScenarioHasItsCatalogFileAndEveryFileReadsWithADescription() throws IOException {
        List<String> names = files().stream().map(f -> f.getFileName().toString().replace(".yaml", "")).toList();
        assertThat(names).contains("govsim-fishery", "govsim-pasture", "govsim-pollution", "govsim-trash",
                "govsim-fishery-universalization", "govsim-fishery-no-communication", "govsim-fishery-newcomer",
                "govsim-fishery-heterogeneous", "govsim-fishery-sustainable", "govsim-fishery-greedy");
        for (Path file : files()) {
            ConfigNode root = ConfigNode.readYaml(file);
            assertThat(root.get("description")).as("%s has a description", file).isNotNull();
            ScenarioSpec spec = Runs.spec(Files.readString(file));
            assertThat(spec.description()).isNotBlank();
        }
    }

    @Test
    void everyFiveMemberFileRunsItsYear() throws IOException {
        for (Path file : files()) {
            String name = file.getFileName().toString().replace(".yaml", "");
            if (name.endsWith("-10000")) {
                continue;
            }
            Runs.Run run = run(name);
            assertThat(run.number("survivalTime")).as(name).isBetween(1.0, run.number("roundLimit"));
        }
    }

    @Test
    void theReferencePointFilesGiveTheReferencePoints() throws IOException {
        Runs.Run sustainable = run("govsim-fishery-sustainable");
        assertThat(List.of(sustainable.number("survivalTime"), sustainable.number("gainMean"), sustainable.number("efficiency"),
                sustainable.number("equality"), sustainable.number("overUsage"))).containsExactly(12.0, 120.0, 1.0, 1.0, 0.0);
        Runs.Run greedy = run("govsim-fishery-greedy");
        assertThat(List.of(greedy.number("survivalTime"), greedy.number("gainMean"))).containsExactly(1.0, 20.0);
    }

    @Test
    void theNewcomerFileAddsAGreedyAgentAtMonthThreeForFifteenMonths() throws IOException {
        ScenarioSpec spec = Runs.spec(Files.readString(CATALOG.resolve("govsim-fishery-newcomer.yaml")));
        assertThat(spec.population().size()).isEqualTo(4);
        assertThat(spec.interventions()).singleElement().satisfies(i -> {
            assertThat(i.action()).isEqualTo("add-agent");
            assertThat(i.round()).isEqualTo(3);
            assertThat(i.arguments().get("kind")).isEqualTo("greedy");
        });
        assertThat(run("govsim-fishery-newcomer").number("roundLimit")).isEqualTo(15);
    }

    @Test
    void theNormMidyearFileSurvivesWhereTheSameSocietyWithoutTheNormDoesNot() throws IOException {
        assertThat(run("govsim-fishery-norm-midyear").number("survived")).isEqualTo(1);
        assertThat(run("govsim-fishery-universalization").number("gainMean")).isEqualTo(120);
        String withoutNorm = Files.readString(CATALOG.resolve("govsim-fishery-universalization.yaml"))
                .replace("universalization: true", "universalization: false");
        assertThat(Runs.run(withoutNorm).number("survived")).isZero();
    }
}
