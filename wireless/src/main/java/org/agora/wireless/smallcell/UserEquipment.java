package org.agora.wireless.smallcell;

import java.util.ArrayList;
import java.util.List;
import org.agora.core.kernel.RandomStream;
import org.agora.wireless.city.ManhattanGrid;
import org.agora.wireless.city.StreetMover;
import org.agora.wireless.handover.HandoverProcess;
import org.agora.wireless.smallcell.events.UserKind;

/** One user's state: movement, serving cell and handover, degradation. Belongs to the simulation thread. */
final class UserEquipment {

    final int index;
    final String id;
    final UserKind kind;
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

    UserEquipment(int index, UserKind kind, StreetMover mover, double valuePerMbit, double budget) {
        this.index = index;
        this.id = "ue-" + index;
        this.kind = kind;
        this.mover = mover;
        this.valuePerMbit = valuePerMbit;
        this.budget = budget;
    }

    /**
     * The run's users, group by group: each starts at a random place of the streets (stream
     * {@code mobility}) with its group's value of data drawn within ±50% (stream {@code draws}).
     */
    static UserEquipment[] crowd(List<SmallCellConfig.UserGroup> groups, ManhattanGrid grid, RandomStream mobility,
            RandomStream draws) {
        List<UserEquipment> all = new ArrayList<>();
        for (SmallCellConfig.UserGroup group : groups) {
            for (int i = 0; i < group.count(); i++) {
                StreetMover mover = StreetMover.random(grid, group.mover(), mobility);
                double value = group.valuePerMbit() * draws.uniform(0.5, 1.5);
                all.add(new UserEquipment(all.size(), group.kind(), mover, value, group.budget()));
            }
        }
        return all.toArray(new UserEquipment[0]);
    }
}
