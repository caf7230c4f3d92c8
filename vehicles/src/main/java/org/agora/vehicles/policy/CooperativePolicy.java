package org.agora.vehicles.policy;

import org.agora.vehicles.cav.MetaAction;
import org.agora.vehicles.intent.Intent;
import org.agora.vehicles.intent.IntentTable;
import org.agora.vehicles.road.Lane;
import org.agora.vehicles.road.LaneRole;
import org.agora.vehicles.road.Road;
import org.agora.vehicles.traffic.Traffic;
import org.agora.vehicles.traffic.Vehicle;

/**
 * The rule-based policy plus what shared intents tell:
 * <ul>
 *   <li>a main-road CAV opens a gap for a ramp CAV whose intent puts it just ahead of or beside
 *       the main-road CAV at the end of the horizon: it speeds up when the ramp CAV would be less
 *       than 10 m ahead (the gap opens behind it), else slows down (the gap opens in front);</li>
 *   <li>a ramp CAV judges gaps also at the end of the horizon, with the intents of main-road CAVs
 *       as their predicted positions (human drivers at constant speed), and takes no gap another
 *       merging CAV's intent claims;</li>
 * </ul>
 * Without received intents it behaves exactly as {@link RuleBasedPolicy}. Stateless and deterministic.
 */
public final class CooperativePolicy extends RuleBasedPolicy {

    /** A ramp CAV is yielded to when its predicted position is within this window around the main CAV's, metres. */
    private static final double YIELD_BEHIND = 8.0;
    private static final double YIELD_AHEAD = 25.0;
    /** Below this lead (metres) the main-road CAV speeds up to leave the gap behind it rather than slowing down. */
    private static final double PASS_AHEAD = 10.0;

    @Override
    public MetaAction decide(Vehicle cav, PolicyContext context) {
        MetaAction own = super.decide(cav, context);
        if (cav.lane().role() != LaneRole.MAIN || own == MetaAction.SLOWER) {
            return own;
        }
        double merging = mergingNear(cav, context);
        if (Double.isNaN(merging)) {
            return own;
        }
        if (merging < PASS_AHEAD && context.available(cav, MetaAction.FASTER)) {
            return MetaAction.FASTER;
        }
        return context.available(cav, MetaAction.SLOWER) ? MetaAction.SLOWER : MetaAction.IDLE;
    }

    /**
     * How far ahead of {@code cav} (metres, negative behind) the intent of a ramp CAV puts it at the
     * end of its horizon, if that is between {@link #YIELD_BEHIND} behind and {@link #YIELD_AHEAD}
     * ahead and the intent keeps it on the ramp; NaN if no ramp CAV's intent does.
     */
    private static double mergingNear(Vehicle cav, PolicyContext context) {
        IntentTable table = context.intents(cav);
        if (table.size() == 0) {
            return Double.NaN;
        }
        Traffic traffic = context.traffic();
        Road road = traffic.road();
        for (IntentTable.Received received : table.all()) {
            Intent intent = received.intent();
            Vehicle sender = find(traffic, intent.senderNumber());
            if (sender == null || sender.lane().role() != LaneRole.RAMP || sender.x() < road.mergeStartX() - 60) {
                continue;
            }
            double end = intent.endTime();
            double mine = cav.x() + cav.speed() * (end - context.now());
            double theirs = intent.xAt(end);
            boolean stillOnRamp = intent.y()[intent.points() - 1] > road.rampLane().y(road.mergeEndX()) - 1;
            if (stillOnRamp && theirs > mine - YIELD_BEHIND && theirs < mine + YIELD_AHEAD) {
                return theirs - mine;
            }
        }
        return Double.NaN;
    }

    @Override
    protected MetaAction merge(Vehicle cav, Lane main, PolicyContext context) {
        IntentTable table = context.intents(cav);
        if (table.size() == 0) {
            return super.merge(cav, main, context);
        }
        Traffic traffic = context.traffic();
        Vehicle leader = traffic.ahead(cav, main);
        Vehicle follower = traffic.behind(cav, main);
        double horizonEnd = context.now() + 1.0;
        double urgency = urgency(cav, traffic);
        boolean yielding = yieldingFollower(follower, context, cav);
        boolean now = acceptable(cav, leader, yielding ? null : follower, urgency)
                && (!yielding || follower.gapTo(cav) >= STANDSTILL);
        boolean later = acceptableAt(cav, leader, follower, horizonEnd, context);
        Vehicle rival = claimedBy(cav, context);
        if (now && later && rival == null) {
            return MetaAction.LANE_LEFT;
        }
        if (rival != null && rival.x() > cav.x()) {
            return context.available(cav, MetaAction.SLOWER) ? MetaAction.SLOWER : MetaAction.IDLE;
        }
        if (!now && later && yielding) {
            return MetaAction.IDLE;
        }
        return position(cav, leader, follower, context);
    }

    /** Whether the gaps are still acceptable at {@code t} with every vehicle at its predicted position. */
    private static boolean acceptableAt(Vehicle cav, Vehicle leader, Vehicle follower, double t, PolicyContext context) {
        double dt = t - context.now();
        double egoX = cav.x() + cav.speed() * dt;
        if (leader != null) {
            double gap = predictedX(leader, t, cav, context) - egoX - Vehicle.LENGTH;
            if (gap < STANDSTILL + 0.3 * cav.speed()) {
                return false;
            }
        }
        if (follower != null) {
            double gap = egoX - predictedX(follower, t, cav, context) - Vehicle.LENGTH;
            return gap >= STANDSTILL + 0.3 * follower.speed();
        }
        return true;
    }

    /** Whether the main-road follower's intent says it slows down (it opens the gap). */
    private static boolean yieldingFollower(Vehicle follower, PolicyContext context, Vehicle cav) {
        if (follower == null || !follower.isCav()) {
            return false;
        }
        IntentTable.Received received = context.intents(cav).latest(follower.number());
        return received != null && received.intent().action() == MetaAction.SLOWER;
    }

    /** Another merging CAV whose intent puts it in the same place on the main road, or null. */
    private static Vehicle claimedBy(Vehicle cav, PolicyContext context) {
        Traffic traffic = context.traffic();
        double end = context.now() + 1.0;
        double mine = cav.x() + cav.speed() * 1.0;
        for (IntentTable.Received received : context.intents(cav).all()) {
            Intent intent = received.intent();
            if (intent.action() != MetaAction.LANE_LEFT) {
                continue;
            }
            Vehicle sender = find(traffic, intent.senderNumber());
            if (sender == null || sender.lane().role() != LaneRole.RAMP) {
                continue;
            }
            if (Math.abs(intent.xAt(end) - mine) < Vehicle.LENGTH + STANDSTILL + 0.3 * cav.speed()) {
                return sender;
            }
        }
        return null;
    }

    /** Where {@code other} will be at {@code t}: its intent if {@code cav} holds one, else at constant speed. */
    private static double predictedX(Vehicle other, double t, Vehicle cav, PolicyContext context) {
        if (other.isCav()) {
            IntentTable.Received received = context.intents(cav).latest(other.number());
            if (received != null) {
                return received.intent().xAt(t);
            }
        }
        return other.x() + other.speed() * (t - context.now());
    }

    private static Vehicle find(Traffic traffic, int number) {
        for (Vehicle vehicle : traffic.vehicles()) {
            if (vehicle.number() == number) {
                return vehicle;
            }
        }
        return null;
    }
}
