package org.agora.vehicles.intent;

import org.agora.vehicles.cav.CavControl;
import org.agora.vehicles.cav.MetaAction;
import org.agora.vehicles.road.Lane;
import org.agora.vehicles.road.Road;
import org.agora.vehicles.traffic.Controllers;
import org.agora.vehicles.traffic.Kinematics;
import org.agora.vehicles.traffic.Vehicle;

/**
 * The Intention Generator: a CAV's own trajectory over a horizon under the action it takes, by
 * rolling its controllers forward alone (the road ahead, not the traffic), with the traffic's
 * explicit Euler step ({@link Kinematics}). Stateless apart from its settings.
 */
public final class IntentPredictor {

    private final Road road;
    private final double dt;
    private final int steps;

    /**
     * @param road the road
     * @param dt the simulation step, seconds
     * @param steps how many steps the horizon has (15 = 1 s at 15 Hz)
     */
    public IntentPredictor(Road road, double dt, int steps) {
        if (steps < 1) {
            throw new IllegalArgumentException("the horizon needs at least one step");
        }
        this.road = road;
        this.dt = dt;
        this.steps = steps;
    }

    public int steps() {
        return steps;
    }

    /** The intent of {@code cav} at {@code now} under {@code action} (not yet applied to it). */
    public Intent predict(Vehicle cav, MetaAction action, long message, double now) {
        double targetSpeed = CavControl.targetSpeedAfter(cav, action);
        Lane target = CavControl.targetLaneAfter(road, cav, action);
        Lane lane = cav.lane();
        Lane other = cav.otherLane();
        if (other == null && target != lane) {
            other = target;
        }
        double x = cav.x();
        double y = cav.y();
        double heading = cav.heading();
        double speed = cav.speed();
        double[] xs = new double[steps];
        double[] ys = new double[steps];
        double[] hs = new double[steps];
        double[] vs = new double[steps];
        for (int k = 0; k < steps; k++) {
            double a = Controllers.speedControl(speed, targetSpeed);
            if (other == null) {
                if (Kinematics.alongStraightLane(lane, x, heading)) {
                    x += speed * dt;
                } else {
                    x += speed * Math.cos(heading) * dt;
                    heading = lane.heading(x);
                }
                y = lane.y(x);
            } else {
                double rate = Controllers.headingRate(y, heading, speed, target.y(x), target.heading(x));
                x += speed * Math.cos(heading) * dt;
                y += speed * Math.sin(heading) * dt;
                heading += rate * dt;
                if (Kinematics.crossedInto(other, lane, x, y)) {
                    Lane swap = lane;
                    lane = other;
                    other = swap;
                }
                if (Kinematics.settledIn(lane, target, x, y, heading)) {
                    other = null;
                    y = lane.y(x);
                    heading = lane.heading(x);
                }
            }
            speed = Kinematics.nextSpeed(speed, a, dt);
            xs[k] = x;
            ys[k] = y;
            hs[k] = heading;
            vs[k] = speed;
        }
        return new Intent(cav.id(), cav.number(), message, now, dt, action, xs, ys, hs, vs);
    }
}
