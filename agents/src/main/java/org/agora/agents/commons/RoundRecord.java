package org.agora.agents.commons;

/**
 * What an agent remembers of one month.
 *
 * @param round the month, from 1
 * @param pool the units in the pool before the harvest
 * @param threshold the per-agent threshold f(t)
 * @param limitInForce the limit it was expected to keep: the agreed limit, or else the threshold
 * @param requested what it asked for
 * @param taken what it got
 * @param othersBreaking how many other members broke the limit in force, or −1 if it did not learn
 *     (no report without communication)
 * @param largestOtherRequest the largest request of another member, or −1 if it did not learn
 */
public record RoundRecord(int round, long pool, int threshold, int limitInForce, int requested, int taken,
        int othersBreaking, int largestOtherRequest) {

    /** True if it learned what the others did. */
    public boolean sawOthers() {
        return othersBreaking >= 0;
    }
}
