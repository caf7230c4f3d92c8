package org.agora.wireless.smallcell;

/**
 * When a user's link counts as degraded, and when as recovered, from its serving SINR measured
 * every step: below {@code requestSinr} for {@code requestHold} (and, under the drop rule, that far
 * under its own exponential average) degrades it; {@code requestSinr + recoveryMargin} for
 * {@code recoveryHold} recovers it. Keeps each user's timers and average on the user; the caller
 * changes the user's {@code degraded} state. Belongs to the simulation thread.
 */
final class DegradationRule {

    /** What a measurement changed. */
    enum Change { NONE, DEGRADED, RECOVERED }

    private static final double EPSILON_S = 1e-9;

    private final SmallCellConfig.Market market;
    /** Weight of a new measurement in the SINR's exponential average. */
    private final double averageWeight;

    /**
     * @param market the thresholds
     * @param stepS time between two measurements, seconds
     */
    DegradationRule(SmallCellConfig.Market market, double stepS) {
        this.market = market;
        this.averageWeight = 1 - Math.exp(-stepS / market.dropWindowS());
    }

    /** Takes the user's serving SINR measured at {@code now} (dB) and says whether its link degraded or recovered. */
    Change observe(UserEquipment user, double now, double sinrDb) {
        double average = Double.isNaN(user.averageSinrDb) ? sinrDb : user.averageSinrDb;
        user.averageSinrDb = average + averageWeight * (sinrDb - average);
        if (!user.degraded) {
            boolean low = sinrDb < market.requestSinrDb()
                    && (!market.dropRule() || average - sinrDb >= market.requestDropDb());
            if (!low) {
                user.belowSince = Double.NaN;
                return Change.NONE;
            }
            if (Double.isNaN(user.belowSince)) {
                user.belowSince = now;
            }
            return now - user.belowSince >= market.requestHoldS() - EPSILON_S ? Change.DEGRADED : Change.NONE;
        }
        if (sinrDb < market.requestSinrDb() + market.recoveryMarginDb()) {
            user.aboveSince = Double.NaN;
            return Change.NONE;
        }
        if (Double.isNaN(user.aboveSince)) {
            user.aboveSince = now;
        }
        return now - user.aboveSince >= market.recoveryHoldS() - EPSILON_S ? Change.RECOVERED : Change.NONE;
    }
}
