package org.agora.wireless.market;

/** Fairness indices. Stateless. */
public final class Fairness {

    private Fairness() {
    }

    /**
     * Jain's index (Σx)² / (n·Σx²) of non-negative amounts: 1 when all are equal (also all zero),
     * 1/n when one has everything; 1 for no amounts.
     */
    public static double jain(double[] amounts) {
        double sum = 0;
        double squares = 0;
        for (double x : amounts) {
            sum += x;
            squares += x * x;
        }
        if (amounts.length == 0 || squares == 0) {
            return 1.0;
        }
        return sum * sum / (amounts.length * squares);
    }
}
