package org.agora.agents.commons;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.agora.agents.commons.events.HarvestAllocated;
import org.agora.agents.commons.events.UtteranceMade;
import org.junit.jupiter.api.Test;

/** A society of 10,000 runs its year, and its discussions stay bounded. */
class ScaleIT {

    @Test
    void tenThousandFishersRunAYearWithBoundedDiscussions() throws IOException {
        Runs.Run run = Runs.run(Files.readString(Path.of("../scenarios/src/main/resources/catalog/govsim-fishery-10000.yaml")));
        assertThat(run.number("members")).isEqualTo(10_000);
        assertThat(run.number("survivalTime")).isEqualTo(12);
        assertThat(run.events().ofType(HarvestAllocated.class)).hasSize(120_000);
        for (int month = 1; month <= 12; month++) {
            int m = month;
            assertThat(run.events().ofType(UtteranceMade.class)).filteredOn(u -> u.round() == m).hasSizeLessThanOrEqualTo(10);
        }
        assertThat(run.number("equality")).isGreaterThan(0.99);
    }
}
