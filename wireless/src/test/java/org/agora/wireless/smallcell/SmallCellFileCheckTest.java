package org.agora.wireless.smallcell;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.agora.core.config.ConfigNode;
import org.agora.core.scenario.ScenarioCatalog;
import org.agora.core.scenario.ScenarioFile;
import org.junit.jupiter.api.Test;

/** What only the whole scenario can tell is bad input too, reported at the file's line and key. */
class SmallCellFileCheckTest {

    private static void parse(String yaml) {
        new ScenarioFile(ScenarioCatalog.of(List.of(new SmallCellMarketScenario()), List.of()))
                .parse(ConfigNode.parseYaml(yaml, "cells.yaml"), "cells");
    }

    @Test
    void blockingTheLinkOfAUserTheRunLacksIsRejected() {
        assertThatThrownBy(() -> parse("""
                scenario: smallcell-market
                until: 60 s
                population: [{kind: pedestrian, count: 5}]
                interventions:
                  - {at: 10 s, action: block-link, user: 7, depthDb: 25, duration: 10 s}
                """)).hasMessage("cells.yaml:5: interventions[0].user: no user 7 (this run has 5, numbered from 0)");
    }

    @Test
    void moreCellsThanLampPostsIsRejected() {
        assertThatThrownBy(() -> parse("""
                scenario: smallcell-market
                until: 60 s
                parameters:
                  cells: 10000
                """)).hasMessageStartingWith("cells.yaml:4: parameters.cells: a ").hasMessageContaining("city has lamp posts for");
    }
}
