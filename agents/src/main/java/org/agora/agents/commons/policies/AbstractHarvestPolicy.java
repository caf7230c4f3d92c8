package org.agora.agents.commons.policies;

import org.agora.agents.Message;
import org.agora.agents.Utterance;
import org.agora.agents.commons.Direction;
import org.agora.agents.commons.HarvestPolicy;
import org.agora.agents.commons.HarvestReport;
import org.agora.agents.commons.Remark;
import org.agora.agents.commons.Situation;

/**
 * The template of the built-in policies: it keeps the last situation and report, and offers the
 * two ways of talking they share, the sustainable one and the greedy one.
 */
abstract class AbstractHarvestPolicy implements HarvestPolicy {

    protected final PolicyContext context;
    protected final Direction direction;
    protected Situation situation;
    protected HarvestReport report;
    /** The last limit proposed to the group in this month's discussion, or −1. */
    private int onTable = -1;

    AbstractHarvestPolicy(PolicyContext context) {
        this.context = context;
        this.direction = context.direction();
    }

    @Override
    public void observe(Situation observation) {
        this.situation = observation;
        this.report = null;
        this.onTable = -1;
    }

    /** Keeps the last limit proposed to the group (each member speaks at most once a month, so it hears every other proposal). */
    @Override
    public void listen(Message<Remark> message) {
        if (!message.isDirect() && message.content().act() == Remark.Act.PROPOSE) {
            onTable = message.content().amount();
        }
    }

    @Override
    public void review(HarvestReport harvestReport) {
        this.report = harvestReport;
    }

    /** The agent's index in the society. */
    protected int self() {
        return context.identity().index();
    }

    /** The per-agent threshold f(t), tightened by the agreed limit if that is stricter: what a sustainable member asks. */
    protected int sustainableRequest() {
        int threshold = situation.threshold();
        return situation.hasAgreement() ? direction.mostRestrained(threshold, situation.agreedLimit()) : threshold;
    }

    /** The selfish extreme: the whole pool for a take, nothing for a chore; or the fixed {@code amount} if given (> 0). */
    protected int greedyRequest(int amount) {
        if (amount > 0) {
            return amount;
        }
        return direction == Direction.TAKE ? situation.wholePool() : 0;
    }

    /** The limit a greedy member wants next month: {@code amount}, or the whole pool for a take, nothing for a chore. */
    protected int greedyDemand(int amount) {
        if (amount > 0) {
            return amount;
        }
        return direction == Direction.TAKE ? (int) Math.min(Integer.MAX_VALUE, situation.capacity()) : 0;
    }

    /**
     * Proposes next month's threshold, unless the limit on the table already restrains at least as
     * much (then it stays silent: it will endorse that limit).
     */
    protected Utterance<Remark> speakSustainably() {
        int preferred = report.nextThreshold();
        if (onTable >= 0 && direction.atLeastAsRestrained(onTable, preferred)) {
            return null;
        }
        return Utterance.toGroup(Remark.propose(preferred));
    }

    /** Proposes its own {@code demand} as the limit, unless the limit on the table already allows it. */
    protected Utterance<Remark> speakGreedily(int demand) {
        if (onTable >= 0 && direction.atLeastAsRestrained(demand, onTable)) {
            return null;
        }
        return Utterance.toGroup(Remark.propose(demand));
    }

    /** Endorses only limits that allow its {@code demand}. */
    protected boolean endorsesGreedily(int limit, int demand) {
        return direction.atLeastAsRestrained(demand, limit);
    }

    /** Endorses limits at least as restrained as next month's threshold. */
    protected boolean endorsesSustainably(int limit) {
        return report != null && direction.atLeastAsRestrained(limit, report.nextThreshold());
    }

}
