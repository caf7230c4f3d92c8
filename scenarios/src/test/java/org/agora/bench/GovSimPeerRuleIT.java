package org.agora.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.agora.agents.commons.events.AgreementReached;
import org.agora.agents.commons.events.CommonsCollapsed;
import org.agora.agents.commons.events.HarvestAllocated;
import org.agora.agents.commons.events.PoolHarvested;
import org.agora.agents.llm.ChatServer;
import org.agora.core.config.ConfigNode;
import org.agora.core.run.Simulation;
import org.agora.core.scenario.ScenarioCatalog;
import org.agora.core.scenario.ScenarioFile;
import org.agora.core.sink.MemorySink;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Agora's language-model members against the test server answering by {@link GovSimPeerRule}:
 * the decisions flow from what Agora's prompts state (the pool, the member's name, the agreed
 * limit) to the harvest, with the outcome the rule implies: a month of greed, then the agreed
 * limit keeps the lake; without communication the lake collapses in month 4.
 */
class GovSimPeerRuleIT {

    private static ChatServer server;

    @BeforeAll
    static void start() {
        server = ChatServer.start().rule(GovSimPeerRule::answer);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static MemorySink run(String parameters) {
        String yaml = "scenario: govsim-fishery\nuntil: 12 months\n" + parameters
                + "population:\n  - {kind: llm, count: 5, model: peer-model}\nllm:\n  endpoint: " + server.baseUrl() + "\n  cacheMode: off\n";
        MemorySink events = new MemorySink();
        Simulation.of(new ScenarioFile(ScenarioCatalog.installed()).parse(ConfigNode.parseYaml(yaml, "peer.yaml"), "peer"), events)
                .runToEnd();
        return events;
    }

    private static List<Integer> taken(MemorySink events, int round) {
        return events.ofType(HarvestAllocated.class).stream().filter(h -> h.round() == round).map(HarvestAllocated::taken).toList();
    }

    @Test
    void withAMeetingTheAgreedLimitKeepsTheLakeForTwelveMonths() {
        MemorySink events = run("");
        assertThat(taken(events, 1)).containsExactly(14, 14, 12, 14, 11);
        assertThat(events.ofType(AgreementReached.class)).first().extracting(AgreementReached::limit).isEqualTo(10);
        for (int month = 2; month <= 12; month++) {
            assertThat(taken(events, month)).as("month %d", month).containsExactly(7, 7, 7, 7, 7);
        }
        assertThat(events.ofType(CommonsCollapsed.class)).isEmpty();
    }

    @Test
    void withoutCommunicationGreedEmptiesTheLakeInMonthFour() {
        MemorySink events = run("parameters: {communication: false}\n");
        assertThat(events.ofType(PoolHarvested.class)).extracting(PoolHarvested::stock).containsExactly(100L, 70L, 40L, 10L);
        assertThat(taken(events, 2)).containsExactly(11, 11, 9, 11, 8);
        assertThat(events.ofType(CommonsCollapsed.class)).singleElement().extracting(CommonsCollapsed::round).isEqualTo(4);
    }
}
