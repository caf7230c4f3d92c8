package org.agora.agents.commons.policies;

import org.agora.agents.Transcript;
import org.agora.agents.Utterance;
import org.agora.agents.commons.Remark;

/**
 * Universalization-aware: while the universalization norm is on ("if everyone went past the
 * threshold, the commons would shrink"), it behaves sustainably: asks for f(t) (or the agreed
 * limit if stricter), proposes next month's threshold, endorses strict limits, keeps agreements.
 * While the norm is off it behaves like a greedy member with the same {@code amount}.
 */
final class UniversalizationAware extends AbstractHarvestPolicy {

    private final int amount;

    UniversalizationAware(PolicyContext context, int amount) {
        super(context);
        this.amount = amount;
    }

    @Override
    public Integer decide() {
        return situation.universalization() ? sustainableRequest() : greedyRequest(amount);
    }

    @Override
    public Utterance<Remark> speak(Transcript<Remark> transcript) {
        return situation.universalization() ? speakSustainably()
                : speakGreedily(greedyDemand(amount));
    }

    @Override
    public boolean endorses(int limit) {
        return situation.universalization() ? endorsesSustainably(limit) : endorsesGreedily(limit, greedyDemand(amount));
    }
}
