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
import org.junit.jupiter.api.Test;
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

    /** docs/experiments.md shows the header and first row of merge-safety's results.csv: they are what it gives. */
    @Test
    void theResultsRowTheDocsShowIsWhatTheExampleGives() throws IOException {
        List<String> docs = Files.readAllLines(Path.of("../docs/experiments.md"));
        int header = docs.indexOf(docs.stream().filter(line -> line.startsWith("run,point,replication,seed,")).findFirst().orElseThrow());
        Path out = dir.resolve("merge-safety");
        CliRunner result = CliRunner.run("sweep", EXAMPLES.resolve("merge-safety.yaml").toString(), "--out", out.toString());
        assertThat(result.status()).as(result.err()).isZero();
        List<String> rows = Files.readAllLines(out.resolve("results.csv"));
        assertThat(rows.get(0)).isEqualTo(docs.get(header));
        assertThat(withoutWallSeconds(rows.get(1))).isEqualTo(withoutWallSeconds(docs.get(header + 1)));
    }

    /** A results row without its wall time (the last column but the error). */
    private static String withoutWallSeconds(String row) {
        return row.replaceFirst(",[0-9.]+,([^,]*)$", ",,$1");
    }
}
