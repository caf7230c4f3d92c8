package org.agora.vehicles.cav;

import org.agora.vehicles.road.Lane;
import org.agora.vehicles.road.Road;
import org.agora.vehicles.traffic.Traffic;
import org.agora.vehicles.traffic.Vehicle;

/**
 * What a meta-action does to a CAV (highway-env's MDPVehicle): FASTER and SLOWER set the target
 * speed one step above or below the step nearest the current speed; LANE_LEFT and LANE_RIGHT
 * steer into the adjacent lane where there is one; IDLE keeps both. Stateless.
 */
public final class CavControl {

    private CavControl() {
    }

    /** Applies {@code action} to {@code cav} in {@code traffic}. */
    public static void apply(Traffic traffic, Vehicle cav, MetaAction action) {
        switch (action) {
            case FASTER, SLOWER -> traffic.setTargetSpeed(cav, targetSpeedAfter(cav, action));
            case LANE_LEFT -> traffic.startLaneChange(cav, sideLane(traffic.road(), cav, true));
            case LANE_RIGHT -> traffic.startLaneChange(cav, sideLane(traffic.road(), cav, false));
            case IDLE -> {
            }
        }
    }

    /** The target speed {@code cav} would track after {@code action}, m/s. */
    public static double targetSpeedAfter(Vehicle cav, MetaAction action) {
        return switch (action) {
            case FASTER -> TargetSpeeds.speed(Math.min(TargetSpeeds.count() - 1, TargetSpeeds.nearest(cav.speed()) + 1));
            case SLOWER -> TargetSpeeds.speed(Math.max(0, TargetSpeeds.nearest(cav.speed()) - 1));
            default -> cav.targetSpeed();
        };
    }

    /** The lane {@code cav} would steer to after {@code action}. */
    public static Lane targetLaneAfter(Road road, Vehicle cav, MetaAction action) {
        Lane side = switch (action) {
            case LANE_LEFT -> sideLane(road, cav, true);
            case LANE_RIGHT -> sideLane(road, cav, false);
            default -> null;
        };
        return side != null && laneChangePossible(cav, side) ? side : cav.targetLane();
    }

    /** Whether {@code action} can change anything for {@code cav} now (IDLE always can). */
    public static boolean available(Road road, Vehicle cav, MetaAction action) {
        return switch (action) {
            case IDLE -> true;
            case FASTER -> TargetSpeeds.nearest(cav.speed()) < TargetSpeeds.count() - 1;
            case SLOWER -> TargetSpeeds.nearest(cav.speed()) > 0;
            case LANE_LEFT -> laneChangePossible(cav, sideLane(road, cav, true));
            case LANE_RIGHT -> laneChangePossible(cav, sideLane(road, cav, false));
        };
    }

    /** The lane on that side of the CAV's target lane at its position, or null. */
    static Lane sideLane(Road road, Vehicle cav, boolean left) {
        Lane from = cav.targetLane();
        return left ? road.left(from, cav.x()) : road.right(from, cav.x());
    }

    private static boolean laneChangePossible(Vehicle cav, Lane target) {
        if (target == null) {
            return false;
        }
        return !cav.changingLanes() || target == cav.otherLane() || target == cav.lane();
    }
}
