package org.agora.vehicles.traffic;

import org.agora.vehicles.road.Lane;

/**
 * The one explicit Euler step of a vehicle's motion, as pure functions over its numbers: the
 * traffic, the safety module's predictions and the intent predictor each keep their vehicles in
 * their own storage and move them through these. The position moves with the speed of the previous
 * step, then the speed with the acceleration; a vehicle changing lanes moves along its heading and
 * turns at its heading rate until it is settled in its target lane. Positions in metres, headings
 * in radians, speeds in m/s, accelerations in m/s², steps in seconds. Stateless and thread-safe.
 */
public final class Kinematics {

    /** How close to the target lane's centre (metres) a lane change is complete. */
    static final double LANE_CHANGE_DONE_Y = 0.1;
    /** How close to the target lane's heading (radians) a lane change is complete. */
    static final double LANE_CHANGE_DONE_HEADING = 0.02;

    private Kinematics() {
    }

    /** The speed after one step of {@code dt} at {@code acceleration}, never below 0 (vehicles do not reverse). */
    public static double nextSpeed(double speed, double acceleration, double dt) {
        double next = speed + acceleration * dt;
        return next > 0 ? next : 0;
    }

    /**
     * Whether a vehicle driving in its lane moves without trigonometry: its lane is straight at
     * {@code x} and it points along the road (then x advances by speed × dt).
     */
    public static boolean alongStraightLane(Lane lane, double x, double heading) {
        return lane.straightAt(x) && heading == 0;
    }

    /**
     * Whether a vehicle changing lanes at ({@code x}, {@code y}) is now nearer the centre of
     * {@code other} than of {@code lane}: then {@code other} becomes its lane.
     */
    public static boolean crossedInto(Lane other, Lane lane, double x, double y) {
        return Math.abs(y - other.y(x)) < Math.abs(y - lane.y(x));
    }

    /**
     * Whether a vehicle changing lanes, now in {@code lane}, has completed its change to
     * {@code target}: it is in it and near its centre line and heading (then it snaps onto them).
     */
    public static boolean settledIn(Lane lane, Lane target, double x, double y, double heading) {
        return lane == target && Math.abs(y - lane.y(x)) < LANE_CHANGE_DONE_Y
                && Math.abs(heading - lane.heading(x)) < LANE_CHANGE_DONE_HEADING;
    }
}
