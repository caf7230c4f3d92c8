package org.agora.wireless.smallcell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.agora.core.run.Simulation;
import org.agora.core.scenario.ScenarioCatalog;
import org.agora.core.scenario.ScenarioFile;
import org.agora.core.scenario.ScenarioSpec;
import org.agora.core.sink.NullSink;
import org.junit.jupiter.api.Test;

/** The small-cell entries of the catalog (scenarios/src/main/resources/catalog/smallcell-*.yaml) read and run. */
class SmallCellCatalogTest {

    private static final Path CATALOG = Path.of("../scenarios/src/main/resources/catalog");

    @Test
    void everySmallCellEntryReadsAndRuns() throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(CATALOG)) {
            files = listing.filter(f -> f.getFileName().toString().startsWith("smallcell-")).sorted().toList();
        }
        assertThat(files).extracting(f -> f.getFileName().toString())
                .contains("smallcell-market.yaml", "smallcell-pedestrians.yaml", "smallcell-vehicles.yaml",
                        "smallcell-blockage-storm.yaml");
        ScenarioFile reader = new ScenarioFile(ScenarioCatalog.of(List.of(new SmallCellMarketScenario()), List.of()));
        for (Path file : files) {
            ScenarioSpec spec = reader.read(file);
            assertThat(spec.scenario().id()).isEqualTo(SmallCellMarketScenario.ID);
            assertThat(spec.description()).isNotBlank();
            Map<String, Object> summary = Simulation.of(spec.withUntil(3), new NullSink()).runToEnd();
            assertThat(summary).containsKeys("outageTime", "welfare", "gapToOptimum");
        }
    }
}
