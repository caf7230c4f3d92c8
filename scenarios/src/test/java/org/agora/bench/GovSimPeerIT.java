package org.agora.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.agora.agents.llm.ChatServer;
import org.agora.bench.GovSimPeerComparison.Side;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Both sides of the GovSimPeer comparison against the test server answering by
 * {@link GovSimPeerRule}. Agora's side always runs: the decisions flow from what Agora's prompts
 * state (the pool, the member's name, the agreed limit) to the harvest, with the outcome the rule
 * implies. GovSim's side runs where its checkout is given ({@code AGORA_GOVSIM_DIR}, see
 * {@link GovSimPeerComparison}): its code, fed by its own prompts, must take the same decisions.
 */
class GovSimPeerIT {

    private static ChatServer server;

    @BeforeAll
    static void start() {
        server = ChatServer.start().rule(GovSimPeerRule::answer);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void withAMeetingAgoraKeepsTheAgreedLimitForTwelveMonths() {
        Side agora = GovSimPeerComparison.agora(server.baseUrl(), "baseline", 12);
        assertThat(agora.caught.get(1)).containsExactly(14, 14, 12, 14, 11);
        for (int month = 2; month <= 12; month++) {
            assertThat(agora.caught.get(month)).as("month %d", month).containsExactly(7, 7, 7, 7, 7);
        }
        assertThat(agora.collapsedIn).isZero();
        assertThat(agora.callsByStep).containsKeys("act", "converse", "summary", "limit", "reflect");
    }

    @Test
    void withoutCommunicationAgorasGreedEmptiesTheLakeInMonthFour() {
        Side agora = GovSimPeerComparison.agora(server.baseUrl(), "no-communication", 12);
        assertThat(agora.pool.values()).extracting(pool -> pool[0]).containsExactly(100L, 70L, 40L, 10L);
        assertThat(agora.caught.get(2)).containsExactly(11, 11, 9, 11, 8);
        assertThat(agora.collapsedIn).isEqualTo(4);
        assertThat(agora.callsByStep).doesNotContainKeys("converse", "summary", "limit");
    }

    @Test
    void remindedOfTheNormAgorasMembersTakeTheThresholdFromTheFirstMonth() {
        Side agora = GovSimPeerComparison.agora(server.baseUrl(), "universalization", 12);
        for (int month = 1; month <= 12; month++) {
            assertThat(agora.caught.get(month)).as("month %d", month).containsExactly(10, 10, 10, 10, 10);
        }
        assertThat(agora.collapsedIn).isZero();
    }

    @Test
    void govSimsOwnCodeTakesTheSameDecisionsAsAgora() throws Exception {
        String govsim = System.getenv("AGORA_GOVSIM_DIR");
        assumeTrue(govsim != null && Files.isDirectory(Path.of(govsim, "pathfinder", "pathfinder")),
                "AGORA_GOVSIM_DIR does not name a GovSim checkout with its pathfinder submodule");
        assumeTrue(GovSimPeerComparison.missingPython("/usr/bin/python3") == null, "Debian's python3 modules are missing");
        Path work = GovSimPeerComparison.harness();
        try {
            compareMonths(govsim, work);
        } finally {
            GovSimPeerComparison.deleteTree(work);
        }
    }

    private static void compareMonths(String govsim, Path work) throws Exception {
        for (String variant : new String[] {"baseline", "no-communication", "universalization"}) {
            Side study = GovSimPeerComparison.study("/usr/bin/python3", work, Path.of(govsim), server.baseUrl(), variant, 4, 0);
            Side agora = GovSimPeerComparison.agora(server.baseUrl(), variant, 4);
            assertThat(study.fallbacks).as("calls GovSim's wrapper replaced by a default").isZero();
            assertThat(study.pool.keySet()).isEqualTo(agora.pool.keySet());
            // Month 4 without communication asks for more than the lake holds: each side's own random draw splits it.
            for (int month = 1; month <= 3; month++) {
                assertThat(study.pool.get(month)).as("%s, month %d", variant, month).containsExactly(agora.pool.get(month));
                assertThat(study.caught.get(month)).as("%s, month %d", variant, month).containsExactly(agora.caught.get(month));
            }
            assertThat(study.collapsedIn).isEqualTo(agora.collapsedIn);
        }
    }
}
