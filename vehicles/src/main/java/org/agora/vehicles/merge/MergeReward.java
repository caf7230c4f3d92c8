package org.agora.vehicles.merge;

import org.agora.vehicles.road.LaneRole;
import org.agora.vehicles.road.Road;
import org.agora.vehicles.safety.Priority;
import org.agora.vehicles.traffic.Vehicle;

/**
 * The MAPPO-PIS reward of one CAV after a decision step:
 * r = −200·collided + clip((v − 10)/20, 0, 1) + 4·M + 4·min(0, ln(h/(1.2·v))), with
 * M = −exp(−(x − x_end)²/(10·L)) while on the merge lane (x_end its end, L its length; 1000 m² in
 * MAPPO-PIS) and h the headway to the leader, centre to centre, capped at 60 m. Stateless.
 */
public final class MergeReward {

    private MergeReward() {
    }

    /** The reward of {@code cav} on {@code road}; {@code collided} if it crashed during the decision step. */
    public static double of(Vehicle cav, Road road, boolean collided) {
        double speed = cav.speed();
        double reward = collided ? -200 : 0;
        reward += Math.max(0, Math.min(1, (speed - 10) / 20));
        if (cav.lane().role() == LaneRole.RAMP && cav.x() >= road.mergeStartX()) {
            double length = road.mergeEndX() - road.mergeStartX();
            double d = cav.x() - road.mergeEndX();
            reward += 4 * -Math.exp(-d * d / (10 * length));
        }
        if (speed > 0) {
            reward += 4 * Math.min(0, Math.log(Priority.headway(cav) / (1.2 * speed)));
        }
        return reward;
    }
}
