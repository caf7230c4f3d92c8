package org.agora.agents.commons.policies;

import org.agora.agents.Transcript;
import org.agora.agents.Utterance;
import org.agora.agents.commons.Remark;

/**
 * Greedy: asks for the whole pool each month (or a fixed {@code amount}); in a chore it takes out
 * nothing (or {@code amount}). In the discussion it proposes its own demand as the limit and
 * endorses only limits that allow it. It never keeps an agreement.
 */
final class Greedy extends AbstractHarvestPolicy {

    private final int amount;

    Greedy(PolicyContext context, int amount) {
        super(context);
        this.amount = amount;
    }

    @Override
    public Integer decide() {
        return greedyRequest(amount);
    }

    @Override
    public Utterance<Remark> speak(Transcript<Remark> transcript) {
        return speakGreedily(greedyDemand(amount));
    }

    @Override
    public boolean endorses(int limit) {
        return endorsesGreedily(limit, greedyDemand(amount));
    }
}
