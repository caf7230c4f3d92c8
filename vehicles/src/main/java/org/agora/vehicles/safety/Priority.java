package org.agora.vehicles.safety;

import org.agora.vehicles.road.LaneRole;
import org.agora.vehicles.road.Road;
import org.agora.vehicles.traffic.Vehicle;

/**
 * The safety module's urgency of a CAV, lowest first (MAPPO-PIS): 0.5·ln(h/(1.2·v)) with h the
 * headway to its leader (centre to centre, capped at 60 m) and v its speed; a ramp vehicle adds
 * −0.5 − (L − d_end)/L, with d_end its distance to the end of the merge lane and L the merge
 * lane's length (100 m in MAPPO-PIS). Stateless.
 */
public final class Priority {

    /** The headway cap, metres. */
    public static final double HEADWAY_CAP = 60.0;

    private Priority() {
    }

    /** The priority of {@code cav} on {@code road} (lower = more urgent). */
    public static double of(Vehicle cav, Road road) {
        double value = 0.5 * Math.log(headway(cav) / (1.2 * Math.max(cav.speed(), 0.1)));
        if (cav.lane().role() == LaneRole.RAMP) {
            double length = road.mergeEndX() - road.mergeStartX();
            double toEnd = road.mergeEndX() - cav.x();
            value += -0.5 - (length - toEnd) / length;
        }
        return value;
    }

    /** The headway to the leader in its lane, centre to centre, capped at {@link #HEADWAY_CAP} metres. */
    public static double headway(Vehicle cav) {
        Vehicle leader = cav.leader();
        if (leader == null) {
            return HEADWAY_CAP;
        }
        return Math.max(0.01, Math.min(HEADWAY_CAP, leader.x() - cav.x()));
    }
}
