package org.agora.bench;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The side-by-side rule reads the pool, the name and an agreed limit as either side states them. */
class GovSimPeerRuleTest {

    @Test
    void greedComesFromTheName() {
        assertThat(GovSimPeerRule.greed("John")).isEqualTo(4);
        assertThat(GovSimPeerRule.greed("Kate")).isEqualTo(4);
        assertThat(GovSimPeerRule.greed("Jack")).isEqualTo(2);
        assertThat(GovSimPeerRule.greed("Emma")).isEqualTo(4);
        assertThat(GovSimPeerRule.greed("Luke")).isEqualTo(1);
    }

    @Property
    void withoutAnAgreementAMemberTakesATenthPlusItsGreed(@ForAll @IntRange(min = 0, max = 100) int pool) {
        String agora = "You are Jack. You are one of 5 fishers.\nThis month you may catch any whole number of tons of fish from 0 to "
                + pool + ".\nwhere N is how many tons of fish you catch this month";
        String govSim = "You are Jack, a fisherman.\nTask: With a fishing range set between 0-" + pool
                + ", how many tons of fish would you catch this month?";
        int expected = Math.min(pool, pool / 10 + 2);
        assertThat(GovSimPeerRule.answer(agora)).endsWith("Answer: " + expected + " tons.");
        assertThat(GovSimPeerRule.answer(govSim)).endsWith("Answer: " + expected + " tons.");
    }

    @Property
    void anAgreedLimitCapsTheTake(@ForAll @IntRange(min = 0, max = 100) int pool, @ForAll @IntRange(min = 0, max = 50) int limit) {
        String agora = "You are Emma.\n- The fishers agreed that each of them will catch at most " + limit
                + " tons of fish per month.\nfrom 0 to " + pool + ".\nhow many tons of fish you catch this month";
        String govSim = "You are Emma, a fisherman.\n- 2024-01-31: The community agreed on a maximum limit of " + limit
                + " tons of fish per person.\nrange set between 0-" + pool + ", how many tons of fish would you catch this month?";
        assertThat(GovSimPeerRule.harvest(agora)).isEqualTo(Math.min(limit, pool / 10));
        assertThat(GovSimPeerRule.harvest(govSim)).isEqualTo(Math.min(limit, pool / 10));
    }

    @Property
    void theNormCapsTheTakeAtItsThreshold(@ForAll @IntRange(min = 0, max = 100) int pool, @ForAll @IntRange(min = 0, max = 10) int norm) {
        String agora = "You are John.\nfrom 0 to " + pool + ".\nThink about this: if every fisher were to catch more than " + norm
                + " tons of fish this month, the lake would hold less next month than it does now.\nhow many tons of fish you catch this month";
        String govSim = "You are John, a fisherman.\n- 2024-01-01: Given the situation, if everyone fishes more than " + norm
                + " tons, the lake shrinks.\nrange set between 0-" + pool + ", how many tons of fish would you catch this month?";
        int expected = Math.min(pool, Math.min(norm, pool / 10 + 4));
        assertThat(GovSimPeerRule.harvest(agora)).isEqualTo(expected);
        assertThat(GovSimPeerRule.harvest(govSim)).isEqualTo(expected);
    }

    @Test
    void aMeetingClosesOnceAnotherMemberHasSpoken() {
        String first = "You are John.\nthe fish left in the lake double, up to 100 tons\nThe meeting so far:\nMayor: This month ...\n\n"
                + "It is your turn, John.\nThen choose who speaks next, from: Kate, Jack, Emma, Luke; or nobody\nUtterance: what you say";
        assertThat(GovSimPeerRule.answer(first)).isEqualTo(
                "Utterance: I propose we each catch at most 10 tons of fish from now on.\nNext speaker: Kate\nEnd meeting: no");
        String second = first.replace("Mayor: This month ...", "Mayor: This month ...\nJohn: I propose we each catch at most 10.")
                .replace("You are John.", "You are Kate.").replace("from: Kate, Jack", "from: John, Jack");
        assertThat(GovSimPeerRule.answer(second)).endsWith("Next speaker: nobody\nEnd meeting: yes");
    }

    @Test
    void theGovSimMeetingIsAnsweredInItsOwnFormat() {
        String first = "You are Kate, a fisherman. The lake has a carrying capacity of 60 tons of fish.\n"
                + "Scenario: John, Kate, Jack, Emma, and Luke are engaged in a group chat.\nConversation so far:\n-Mayor: the report.\n\n"
                + "Task: What would you say next in the group chat?\nResponse: [fill in]\n";
        assertThat(GovSimPeerRule.answer(first)).isEqualTo("Response: I propose we each catch at most 6 tons of fish from now on.\n"
                + "Conversation conclusion by me: no\nNext speaker: John");
        String second = first.replace("-Mayor: the report.", "-Mayor: the report.\n-John: at most 6.");
        assertThat(GovSimPeerRule.answer(second)).contains("Conversation conclusion by me: yes");
    }

    @Test
    void theLimitIsTheLastAtMostOfTheRecordOrNone() {
        assertThat(GovSimPeerRule.answer("John: at most 9\nKate: at most 7\nIf they did not agree, end with \"Answer: none\"."))
                .endsWith("Answer: 7");
        assertThat(GovSimPeerRule.answer("John: hello\nIf they did not agree, end with \"Answer: none\".")).isEqualTo("Answer: none");
        assertThat(GovSimPeerRule.answer("-John: hello\nif no limit was agreed upon, please answer N/A")).isEqualTo("Answer: N/A");
    }
}
