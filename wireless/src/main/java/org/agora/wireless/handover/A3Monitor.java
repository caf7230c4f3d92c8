package org.agora.wireless.handover;

import java.util.Arrays;

/**
 * Watches event A3 for one user over every neighbour: a neighbour's time-to-trigger timer starts
 * when its entering condition holds and is reset at the first filtered measurement where it
 * does not (TS 38.331 §5.5.4.1: the condition must hold for all measurements during the
 * time-to-trigger). Not thread-safe; one per user.
 */
public final class A3Monitor {

    /** Timing tolerance in seconds, so that a 256 ms timer fires at the 256 ms measurement. */
    private static final double EPSILON_S = 1e-9;

    private final A3Rule rule;
    private final double[] enteredAt;

    /** @param cells the number of cells the user measures */
    public A3Monitor(A3Rule rule, int cells) {
        this.rule = rule;
        this.enteredAt = new double[cells];
        reset();
    }

    /**
     * Takes one set of filtered measurements (dBm per cell) at time {@code now} (seconds) and
     * returns the neighbour whose entering condition has held for the time-to-trigger (the
     * strongest if several), or −1.
     */
    public int update(double now, int serving, double[] filteredDbm) {
        double servingDbm = filteredDbm[serving];
        int best = -1;
        double bestDbm = Double.NEGATIVE_INFINITY;
        for (int b = 0; b < enteredAt.length; b++) {
            if (b == serving) {
                continue;
            }
            if (rule.entering(filteredDbm[b], servingDbm)) {
                if (Double.isNaN(enteredAt[b])) {
                    enteredAt[b] = now;
                }
                if (now - enteredAt[b] >= rule.timeToTriggerS() - EPSILON_S && filteredDbm[b] > bestDbm) {
                    best = b;
                    bestDbm = filteredDbm[b];
                }
            } else {
                enteredAt[b] = Double.NaN;
            }
        }
        return best;
    }

    /** Since when the entering condition holds for cell {@code b} (seconds), or NaN. */
    public double enteredAt(int b) {
        return enteredAt[b];
    }

    /** Stops every timer (after a handover). */
    public void reset() {
        Arrays.fill(enteredAt, Double.NaN);
    }
}
