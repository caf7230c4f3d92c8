package org.agora.scenarios.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.agora.core.config.ConfigNode;
import org.agora.core.scenario.ScenarioCatalog;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** The experiment files shipped in examples/ are valid, once their scenarios are installed. */
class ExperimentExamplesTest {

    private static final Path EXAMPLES = Path.of("../examples/experiments");

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> everyExampleIsAValidPlan() throws IOException {
        ScenarioCatalog catalog = ScenarioCatalog.installed();
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                tests.add(DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
                    String scenario = ConfigNode.readYaml(file).require("scenario").asString();
                    Assumptions.assumeTrue(catalog.scenario(scenario).isPresent() || catalog.entry(scenario).isPresent(),
                            "scenario " + scenario + " is not installed in this build");
                    CliRunner result = CliRunner.run("sweep", file.toString(), "--dry-run", "--out", dir.resolve("x").toString());
                    assertThat(result.status()).as(result.err()).isZero();
                    assertThat(result.out()).contains(" runs → ");
                }));
            }
        }
        assertThat(tests).isNotEmpty();
        return tests.stream();
    }
}
