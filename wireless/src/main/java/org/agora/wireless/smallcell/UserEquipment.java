package org.agora.wireless.smallcell;

import org.agora.wireless.city.StreetMover;
import org.agora.wireless.handover.HandoverProcess;

/** One user's state: movement, serving cell and handover, degradation. Belongs to the simulation thread. */
final class UserEquipment {

    final int index;
    final String id;
    final String kind;
    final StreetMover mover;
    final double valuePerMbit;
    final double budget;
    HandoverProcess handover;
    /** Metres moved since its links were last recomputed. */
    double sinceUpdateM;
    double nextBlockageAt = Double.POSITIVE_INFINITY;
    boolean degraded;
    double degradedAt = Double.NaN;
    double belowSince = Double.NaN;
    double aboveSince = Double.NaN;
    /** Exponential average of the serving SINR, dB (NaN before the first measurement). */
    double averageSinrDb = Double.NaN;
    /** The nearest cluster when it last degraded. */
    int cluster = -1;

    UserEquipment(int index, String kind, StreetMover mover, double valuePerMbit, double budget) {
        this.index = index;
        this.id = "ue-" + index;
        this.kind = kind;
        this.mover = mover;
        this.valuePerMbit = valuePerMbit;
        this.budget = budget;
    }
}
