package org.agora.agents.commons.policies;

import java.util.List;

/**
 * Scripted: asks for the amounts listed in the scenario file, one per month (month 1 first); after
 * the list it repeats the last amount, with an empty list it asks for nothing. Amounts are whole
 * units: a fractional amount is rounded down. It stays silent, endorses nothing and ignores
 * agreements: for experiments and tests.
 */
final class Scripted extends AbstractHarvestPolicy {

    private final int[] requests;

    Scripted(PolicyContext context, List<Double> requests) {
        super(context);
        this.requests = new int[requests.size()];
        for (int i = 0; i < this.requests.length; i++) {
            this.requests[i] = (int) Math.min(Integer.MAX_VALUE, Math.floor(requests.get(i)));
        }
    }

    @Override
    public Integer decide() {
        if (requests.length == 0) {
            return 0;
        }
        return requests[Math.min(situation.round(), requests.length) - 1];
    }
}
