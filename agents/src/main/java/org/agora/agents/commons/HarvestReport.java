package org.agora.agents.commons;

import java.util.List;
import org.agora.agents.Identity;

/**
 * The report every member observes after the allocation (not in the no-communication ablation):
 * for every member, what it wanted and what it got, and the facts a member needs to judge the
 * others. One object shared by all members, holding the round's arrays without copying them:
 * read it during the round only.
 */
public final class HarvestReport {

    private final int round;
    private final Direction direction;
    private final List<Identity> members;
    private final int[] requested;
    private final int[] taken;
    private final long poolAfter;
    private final int limitInForce;
    private final int nextThreshold;
    private final int breakers;
    private final int largest;
    private final int largestBy;
    private final int secondLargest;
    private final int worstBreaker;
    private final int secondWorstBreaker;

    HarvestReport(int round, Direction direction, List<Identity> members, int[] requested, int[] taken, long poolAfter,
            int limitInForce, int nextThreshold) {
        this.round = round;
        this.direction = direction;
        this.members = members;
        this.requested = requested;
        this.taken = taken;
        this.poolAfter = poolAfter;
        this.limitInForce = limitInForce;
        this.nextThreshold = nextThreshold;
        int n = members.size();
        int breaking = 0;
        int first = -1;
        int firstBy = -1;
        int second = -1;
        int worst = -1;
        int secondWorst = -1;
        for (int i = 0; i < n; i++) {
            int r = requested[i];
            if (direction.breaks(r, limitInForce)) {
                breaking++;
                if (worst < 0 || direction.breaks(r, requested[worst])) {
                    secondWorst = worst;
                    worst = i;
                } else if (secondWorst < 0 || direction.breaks(r, requested[secondWorst])) {
                    secondWorst = i;
                }
            }
            if (r > first) {
                second = first;
                first = r;
                firstBy = i;
            } else if (r > second) {
                second = r;
            }
        }
        this.breakers = breaking;
        this.largest = first;
        this.largestBy = firstBy;
        this.secondLargest = second;
        this.worstBreaker = worst;
        this.secondWorstBreaker = secondWorst;
    }

    /** The month, from 1. */
    public int round() {
        return round;
    }

    /** The number of members. */
    public int members() {
        return members.size();
    }

    /** Who the member at {@code index} is. */
    public Identity member(int index) {
        return members.get(index);
    }

    /** What the member at {@code index} asked for. */
    public int requested(int index) {
        return requested[index];
    }

    /** What the member at {@code index} got. */
    public int taken(int index) {
        return taken[index];
    }

    /** The units left in the pool after the harvest. */
    public long poolAfter() {
        return poolAfter;
    }

    /** The limit members were expected to keep this month: the agreed limit, or else the threshold. */
    public int limitInForce() {
        return limitInForce;
    }

    /** The per-agent threshold next month if the pool does not collapse (what a sustainable member proposes). */
    public int nextThreshold() {
        return nextThreshold;
    }

    /** How many members broke the limit in force. */
    public int breakers() {
        return breakers;
    }

    /** True if the member at {@code index} broke the limit in force. */
    public boolean broke(int index) {
        return direction.breaks(requested[index], limitInForce);
    }

    /** How many members other than {@code index} broke the limit in force. */
    public int othersBreaking(int index) {
        return breakers - (broke(index) ? 1 : 0);
    }

    /** The largest request of a member other than {@code index} (−1 if there is no other member). */
    public int largestRequestOtherThan(int index) {
        return index == largestBy ? secondLargest : largest;
    }

    /**
     * The member other than {@code index} that broke the limit in force the most (asked the most for
     * a take, the least for a chore), or −1 if none did.
     */
    public int worstBreakerOtherThan(int index) {
        return index == worstBreaker ? secondWorstBreaker : worstBreaker;
    }
}
