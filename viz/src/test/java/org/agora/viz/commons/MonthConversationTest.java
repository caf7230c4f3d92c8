package org.agora.viz.commons;

import static org.assertj.core.api.Assertions.assertThat;

import org.agora.agents.commons.Remark;
import org.agora.agents.commons.events.AgreementReached;
import org.agora.agents.commons.events.PoolHarvested;
import org.agora.agents.commons.events.UtteranceMade;
import org.agora.core.event.EventHeader;
import org.junit.jupiter.api.Test;

/** The conversation window's text: the month's utterances in words and its agreed limit. Headless. */
class MonthConversationTest {

    private static EventHeader from(String source, long seq) {
        return new EventHeader(0, "run", seq, source);
    }

    @Test
    void listsTheMonthsUtterancesAndAgreedLimitAndStartsAfreshEachMonth() {
        MonthConversation conversation = new MonthConversation("t");
        conversation.accept(new PoolHarvested(from("commons", 1), 2, 100, 10, 50, 50, 50, false));
        conversation.accept(new UtteranceMade(from("agent-0", 2), 2, 1, "group", Remark.Act.SAY, -1,
                "I propose we each take at most 10 from now on."));
        conversation.accept(new UtteranceMade(from("agent-1", 3), 2, 2, "agent-4", Remark.Act.WARN, 10, null));
        conversation.accept(new AgreementReached(from("commons", 4), 2, 10, 5, 5));

        assertThat(conversation.text()).isEqualTo("Month 2: agreed limit 10 t per member\n"
                + "agent-0: I propose we each take at most 10 from now on.\n"
                + "agent-1 to agent-4: you broke the limit of 10 t");

        conversation.accept(new PoolHarvested(from("commons", 5), 3, 100, 10, 50, 50, 50, false));
        assertThat(conversation.text()).isEqualTo("Month 3: no limit agreed\n(nothing was said)");
    }
}
