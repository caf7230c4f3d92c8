package org.agora.agents.commons;

import java.util.HashMap;
import java.util.Map;
import org.agora.agents.commons.events.AgreementReached;
import org.agora.agents.commons.events.CommonsCollapsed;
import org.agora.agents.commons.events.HarvestAllocated;
import org.agora.agents.commons.events.MemberJoined;
import org.agora.agents.commons.events.PoolHarvested;
import org.agora.agents.commons.events.RoundScored;
import org.agora.agents.commons.events.UtteranceMade;
import org.agora.agents.llm.LanguageModelCalled;
import org.agora.core.event.Event;
import org.agora.core.event.RunStarted;
import org.agora.core.scenario.EventSummary;

/**
 * Recomputes a commons run's summary from its events alone (for {@code agora analyze}), with the
 * same {@link Scorecard} the model uses: the round limit and the environment (for f0) from
 * {@link RunStarted}, the members from {@link MemberJoined}, each month's threshold from
 * {@link PoolHarvested}, gains and over-use from {@link HarvestAllocated}, the end of each month
 * from {@link RoundScored}, the language-model calls and their tokens from {@link LanguageModelCalled}.
 */
final class CommonsSummary implements EventSummary {

    private final Direction direction;
    private final Map<String, Integer> indexOf = new HashMap<>();
    private Scorecard scorecard;
    private int threshold;
    private boolean collapsedThisRound;

    CommonsSummary(Direction direction) {
        this.direction = direction;
    }

    @Override
    public void accept(Event event) {
        if (event instanceof RunStarted started) {
            CommonsConfig config = CommonsConfig.from(started.parameters());
            scorecard = new Scorecard(Society.roundLimit(config.rounds(), started.untilS()), direction,
                    new Pool(config, direction)::fullStockThreshold);
            return;
        }
        if (scorecard == null) {
            throw new IllegalStateException("the events of a run start with RunStarted, got " + event.type() + " first");
        }
        if (event instanceof HarvestAllocated harvest) {
            scorecard.harvest(indexOf.get(harvest.source()), harvest.requested(), harvest.taken(), threshold);
        } else if (event instanceof PoolHarvested harvested) {
            threshold = harvested.threshold();
            scorecard.roundStarted();
            scorecard.stockLeft(harvested.remaining());
        } else if (event instanceof MemberJoined joined) {
            indexOf.put(joined.source(), indexOf.size());
            scorecard.join(joined.source(), joined.kind().word());
        } else if (event instanceof UtteranceMade) {
            scorecard.spoke();
        } else if (event instanceof AgreementReached) {
            scorecard.agreed();
        } else if (event instanceof LanguageModelCalled call) {
            scorecard.languageModelCalled((long) call.promptTokens() + call.completionTokens());
        } else if (event instanceof CommonsCollapsed) {
            collapsedThisRound = true;
        } else if (event instanceof RoundScored) {
            scorecard.roundEnded(collapsedThisRound);
            collapsedThisRound = false;
        }
    }

    @Override
    public Map<String, Object> summary() {
        if (scorecard == null) {
            throw new IllegalStateException("no RunStarted event seen");
        }
        return scorecard.summary();
    }
}
