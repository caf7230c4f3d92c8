package org.agora.agents.commons.policies;

import org.agora.agents.Transcript;
import org.agora.agents.Utterance;
import org.agora.agents.commons.Direction;
import org.agora.agents.commons.Remark;
import org.agora.agents.commons.RoundRecord;

/**
 * Conditional cooperator: keeps the limit in force (the agreed limit, or else the threshold) as
 * long as, in the last month it kept it, the others kept it too. When another member broke it
 * while it cooperated, it retaliates for {@code forgiveAfter} months: in a take it asks for the
 * largest request another member made that month, in a chore it takes out nothing. Then it
 * forgives and cooperates again; months it spent retaliating are not held against the others.
 * Without communication it learns nothing about the others and keeps cooperating.
 *
 * <p>In the discussion, right after being exploited, it warns the worst offender directly;
 * otherwise it talks like a sustainable member (proposes next month's threshold, endorses limits
 * at least as strict).
 */
final class ConditionalCooperator extends AbstractHarvestPolicy {

    private final int forgiveAfter;
    private int retaliationLeft;
    private int retaliationAmount;

    ConditionalCooperator(PolicyContext context, int forgiveAfter) {
        super(context);
        this.forgiveAfter = forgiveAfter;
    }

    @Override
    public Integer decide() {
        if (retaliationLeft > 0) {
            return retaliationAmount;
        }
        return situation.limitInForce();
    }

    @Override
    public Utterance<Remark> speak(Transcript<Remark> transcript) {
        if (exploitedNow()) {
            int offender = report.worstBreakerOtherThan(self());
            return Utterance.to(report.member(offender), Remark.warn(report.limitInForce()));
        }
        return speakSustainably();
    }

    @Override
    public boolean endorses(int limit) {
        return endorsesSustainably(limit);
    }

    @Override
    public void reflect() {
        RoundRecord last = context.memory().last();
        boolean retaliated = retaliationLeft > 0;
        if (retaliated) {
            retaliationLeft--;
            return;
        }
        if (last.sawOthers() && last.othersBreaking() > 0) {
            retaliationLeft = forgiveAfter;
            retaliationAmount = direction == Direction.TAKE ? last.largestOtherRequest() : 0;
        }
    }

    /** True if this month it cooperated and another member broke the limit. */
    private boolean exploitedNow() {
        return retaliationLeft == 0 && report != null && report.othersBreaking(self()) > 0;
    }
}
