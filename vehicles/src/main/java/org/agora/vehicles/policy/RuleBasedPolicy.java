package org.agora.vehicles.policy;

import org.agora.vehicles.cav.MetaAction;
import org.agora.vehicles.cav.TargetSpeeds;
import org.agora.vehicles.road.Lane;
import org.agora.vehicles.road.LaneRole;
import org.agora.vehicles.road.Road;
import org.agora.vehicles.traffic.Traffic;
import org.agora.vehicles.traffic.Vehicle;

/**
 * The baseline CAV policy, without intent sharing: keep a time headway to the leader and cruise
 * at 25 m/s; on the merge lane, change into the main road when the gaps to the new leader and
 * follower are acceptable now, otherwise speed up to pass the vehicle alongside or slow down to
 * fall in behind it. Stateless and deterministic.
 */
public class RuleBasedPolicy implements CavPolicy {

    /** The cruising speed, m/s. */
    protected static final double CRUISE = 25.0;
    /** The time headway kept to the leader, seconds. */
    protected static final double HEADWAY = 1.2;
    /** The bumper-to-bumper gap kept at standstill, metres. */
    protected static final double STANDSTILL = 5.0;

    @Override
    public MetaAction decide(Vehicle cav, PolicyContext context) {
        Traffic traffic = context.traffic();
        Road road = traffic.road();
        if (cav.lane().role() == LaneRole.RAMP && !cav.changingLanes()) {
            Lane main = road.left(cav.lane(), cav.x());
            if (main != null) {
                return merge(cav, main, context);
            }
        }
        return follow(cav, context);
    }

    /** A ramp CAV beside the main road: merge if it may, else position itself for a gap. */
    protected MetaAction merge(Vehicle cav, Lane main, PolicyContext context) {
        Traffic traffic = context.traffic();
        Vehicle leader = traffic.ahead(cav, main);
        Vehicle follower = traffic.behind(cav, main);
        if (acceptable(cav, leader, follower, urgency(cav, traffic))) {
            return MetaAction.LANE_LEFT;
        }
        return position(cav, leader, follower, context);
    }

    /**
     * How pressed a ramp CAV is to merge, in [0, 1]: 0 with room ahead, 1 when the end of the merge
     * lane or a standing vehicle ahead on the ramp is within 40 m (a CAV cannot drive slower than 10 m/s).
     */
    protected static double urgency(Vehicle cav, Traffic traffic) {
        double room = traffic.road().mergeEndX() - cav.x();
        Vehicle ahead = cav.leader();
        if (ahead != null && ahead.speed() < 8) {
            room = Math.min(room, cav.gapTo(ahead));
        }
        return Math.max(0, Math.min(1, (80 - room) / 40));
    }

    /** Speeds up to pass the vehicle beside it or slows down to fall in behind it. */
    protected MetaAction position(Vehicle cav, Vehicle leader, Vehicle follower, PolicyContext context) {
        Vehicle beside = nearest(cav, leader, follower);
        if (beside == null) {
            return follow(cav, context);
        }
        boolean ahead = cav.x() >= beside.x();
        MetaAction action = ahead && cav.speed() >= beside.speed() - 1 ? MetaAction.FASTER : MetaAction.SLOWER;
        return context.available(cav, action) ? action : MetaAction.IDLE;
    }

    /**
     * Whether the gaps to a new leader and follower in the target lane allow a lane change now; the
     * more {@code urgency} (0–1), the smaller the gaps accepted (down to half).
     */
    protected static boolean acceptable(Vehicle cav, Vehicle leader, Vehicle follower, double urgency) {
        double relax = 1 - 0.5 * urgency;
        if (leader != null) {
            double gap = cav.gapTo(leader);
            double needed = STANDSTILL + relax * (0.3 * cav.speed() + 1.5 * Math.max(0, cav.speed() - leader.speed()));
            if (gap < needed) {
                return false;
            }
        }
        if (follower != null) {
            double gap = follower.gapTo(cav);
            double needed = STANDSTILL + relax * (0.3 * follower.speed() + 2.0 * Math.max(0, follower.speed() - cav.speed()));
            return gap >= needed;
        }
        return true;
    }

    private static Vehicle nearest(Vehicle cav, Vehicle leader, Vehicle follower) {
        if (leader == null) {
            return follower;
        }
        if (follower == null) {
            return leader;
        }
        return leader.x() - cav.x() < cav.x() - follower.x() ? leader : follower;
    }

    /** Car following: slow down when the headway is short or closing fast, otherwise cruise. */
    protected MetaAction follow(Vehicle cav, PolicyContext context) {
        Vehicle leader = cav.leader();
        double target = cav.targetSpeed();
        if (leader != null) {
            double gap = cav.gapTo(leader);
            double safe = STANDSTILL + HEADWAY * cav.speed();
            double closing = cav.speed() - leader.speed();
            if (gap < safe || (closing > 0 && gap / closing < 4.0)) {
                return context.available(cav, MetaAction.SLOWER) ? MetaAction.SLOWER : MetaAction.IDLE;
            }
            if (gap < safe + 15) {
                return MetaAction.IDLE;
            }
        }
        if (target < CRUISE && TargetSpeeds.nearest(cav.speed()) < TargetSpeeds.nearest(CRUISE)) {
            return MetaAction.FASTER;
        }
        if (cav.speed() > CRUISE + 2.5) {
            return MetaAction.SLOWER;
        }
        return MetaAction.IDLE;
    }
}
