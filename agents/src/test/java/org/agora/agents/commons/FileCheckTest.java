package org.agora.agents.commons;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.agora.core.config.ConfigNode;
import org.agora.core.scenario.ScenarioCatalog;
import org.agora.core.scenario.ScenarioFile;
import org.junit.jupiter.api.Test;

/** A newcomer's settings that its kind cannot take are bad input at the file's line, not a failed run. */
class FileCheckTest {

    @Test
    void anAmountForAKindThatTakesNoneIsRejectedAtLoad() {
        ScenarioFile files = new ScenarioFile(ScenarioCatalog.of(List.of(new FisheryScenario()), List.of()));
        assertThatThrownBy(() -> files.parse(ConfigNode.parseYaml("""
                scenario: govsim-fishery
                until: 12 months
                interventions:
                  - {round: 3, action: add-agent, kind: sustainable, amount: 30}
                """, "newcomer.yaml"), "newcomer"))
                .hasMessage("newcomer.yaml:4: interventions[0].amount: add-agent: kind sustainable takes no amount");
    }
}
