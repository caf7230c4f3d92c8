package org.agora.vehicles.safety;

import org.agora.vehicles.cav.CavControl;
import org.agora.vehicles.cav.MetaAction;
import org.agora.vehicles.driver.Driver;
import org.agora.vehicles.road.Lane;
import org.agora.vehicles.road.LaneEnd;
import org.agora.vehicles.road.Road;
import org.agora.vehicles.traffic.Controllers;
import org.agora.vehicles.traffic.Traffic;
import org.agora.vehicles.traffic.Vehicle;

/**
 * A copy of the vehicles around one CAV, rolled forward over the safety horizon with the same
 * dynamics as {@link Traffic}: human drivers by their car-following law (scaled by a noise factor)
 * and the lane change MOBIL recommends at the start, CAVs by their actions. Measures the ego's
 * smallest longitudinal gap to any footprint (scaled) that overlaps its own laterally, and to the
 * obstacle closing its lane. Reused between predictions; belongs to the simulation thread.
 */
final class Scene {

    private final Road road;
    private final double dt;
    private final double scale;
    private int n;
    private Vehicle[] source = new Vehicle[16];
    private boolean[] cav = new boolean[16];
    private Driver[] driver = new Driver[16];
    private double[] wanted = new double[16];
    private double[] noise = new double[16];
    private Lane[] lane = new Lane[16];
    private Lane[] other = new Lane[16];
    private Lane[] target = new Lane[16];
    private double[] x = new double[16];
    private double[] y = new double[16];
    private double[] h = new double[16];
    private double[] v = new double[16];
    private double[] a = new double[16];
    private double[] rate = new double[16];

    Scene(Road road, double dt, double scale) {
        this.road = road;
        this.dt = dt;
        this.scale = scale;
    }

    /** Empties the scene. */
    void clear() {
        n = 0;
    }

    /** Adds a human-driven vehicle; {@code mobilTarget} is the lane MOBIL sends it to, or null. */
    void addHuman(Vehicle vehicle, Lane mobilTarget, double noiseFactor) {
        int i = add(vehicle);
        cav[i] = false;
        driver[i] = vehicle.driver();
        wanted[i] = vehicle.desiredSpeed();
        noise[i] = noiseFactor;
        if (mobilTarget != null && other[i] == null) {
            other[i] = mobilTarget;
            target[i] = mobilTarget;
        }
    }

    /** Adds a CAV that takes {@code action} now, braking to a stop if {@code brake}. */
    void addCav(Vehicle vehicle, MetaAction action, boolean brake) {
        int i = add(vehicle);
        cav[i] = true;
        driver[i] = null;
        wanted[i] = brake ? 0 : CavControl.targetSpeedAfter(vehicle, action);
        noise[i] = 1;
        Lane goal = CavControl.targetLaneAfter(road, vehicle, action);
        target[i] = goal;
        if (other[i] == null && goal != lane[i]) {
            other[i] = goal;
        }
    }

    private int add(Vehicle vehicle) {
        if (n == x.length) {
            grow();
        }
        int i = n++;
        source[i] = vehicle;
        lane[i] = vehicle.lane();
        other[i] = vehicle.otherLane();
        target[i] = vehicle.targetLane();
        x[i] = vehicle.x();
        y[i] = vehicle.y();
        h[i] = vehicle.heading();
        v[i] = vehicle.speed();
        rate[i] = 0;
        return i;
    }

    /**
     * Rolls the scene {@code steps} steps forward and returns the ego's (index 0) smallest gap in
     * metres, capped at {@code cap}; negative means its scaled footprint overlaps another's (or
     * the obstacle) at some step.
     */
    double rollOut(int steps, double cap) {
        double minGap = cap;
        for (int k = 0; k < steps; k++) {
            for (int i = 0; i < n; i++) {
                accelerate(i);
            }
            for (int i = 0; i < n; i++) {
                move(i);
            }
            minGap = Math.min(minGap, egoGap());
        }
        return minGap;
    }

    private void accelerate(int i) {
        if (cav[i]) {
            a[i] = Controllers.speedControl(v[i], wanted[i]);
        } else {
            double acc = follow(i, lane[i]);
            if (other[i] != null) {
                acc = Math.min(acc, follow(i, other[i]));
            }
            acc *= noise[i];
            double limit = driver[i].accelerationLimit();
            a[i] = acc > limit ? limit : (acc < -limit ? -limit : acc);
        }
        if (other[i] != null) {
            rate[i] = Controllers.headingRate(y[i], h[i], v[i], target[i].y(x[i]), target[i].heading(x[i]));
        }
    }

    /** The human driver's acceleration behind the nearest scene vehicle ahead in {@code in} (or its obstacle). */
    private double follow(int i, Lane in) {
        double gap = Double.POSITIVE_INFINITY;
        double leaderSpeed = 0;
        for (int j = 0; j < n; j++) {
            if (j != i && x[j] > x[i] && (lane[j] == in || other[j] == in)) {
                double g = x[j] - x[i] - Vehicle.LENGTH;
                if (g < gap) {
                    gap = g;
                    leaderSpeed = v[j];
                }
            }
        }
        double obstacle = Traffic.obstacleGap(x[i], in);
        if (obstacle < gap) {
            gap = obstacle;
            leaderSpeed = 0;
        }
        return driver[i].acceleration(v[i], wanted[i], gap, leaderSpeed);
    }

    private void move(int i) {
        if (other[i] == null) {
            Lane l = lane[i];
            if (l.straightAt(x[i]) && h[i] == 0) {
                x[i] += v[i] * dt;
            } else {
                x[i] += v[i] * Math.cos(h[i]) * dt;
                h[i] = l.heading(x[i]);
            }
            y[i] = l.y(x[i]);
        } else {
            x[i] += v[i] * Math.cos(h[i]) * dt;
            y[i] += v[i] * Math.sin(h[i]) * dt;
            h[i] += rate[i] * dt;
            if (Math.abs(y[i] - other[i].y(x[i])) < Math.abs(y[i] - lane[i].y(x[i]))) {
                Lane swap = lane[i];
                lane[i] = other[i];
                other[i] = swap;
            }
            if (lane[i] == target[i] && Math.abs(y[i] - lane[i].y(x[i])) < 0.1
                    && Math.abs(h[i] - lane[i].heading(x[i])) < 0.02) {
                other[i] = null;
                y[i] = lane[i].y(x[i]);
                h[i] = lane[i].heading(x[i]);
            }
        }
        double next = v[i] + a[i] * dt;
        v[i] = next > 0 ? next : 0;
    }

    /** The ego's smallest scaled gap at this step. */
    private double egoGap() {
        double lengths = scale * Vehicle.LENGTH;
        double lateral = scale * Vehicle.WIDTH;
        double gap = Double.POSITIVE_INFINITY;
        for (int j = 1; j < n; j++) {
            if (Math.abs(y[j] - y[0]) < lateral) {
                double g = Math.abs(x[j] - x[0]) - lengths;
                if (g < gap) {
                    gap = g;
                }
            }
        }
        gap = Math.min(gap, obstacleGap(lane[0]));
        if (other[0] != null) {
            gap = Math.min(gap, obstacleGap(other[0]));
        }
        return gap;
    }

    private double obstacleGap(Lane l) {
        if (l.end() != LaneEnd.OBSTACLE || x[0] > l.endX() + Lane.OBSTACLE_HALF_LENGTH) {
            return Double.POSITIVE_INFINITY;
        }
        double obstacleHalf = scale * Lane.OBSTACLE_HALF_LENGTH;
        if (Math.abs(y[0] - l.y(l.endX())) >= scale * (Vehicle.WIDTH / 2) + obstacleHalf) {
            return Double.POSITIVE_INFINITY;
        }
        return (l.endX() - obstacleHalf) - (x[0] + scale * Vehicle.LENGTH / 2);
    }

    private void grow() {
        int size = x.length * 2;
        source = java.util.Arrays.copyOf(source, size);
        cav = java.util.Arrays.copyOf(cav, size);
        driver = java.util.Arrays.copyOf(driver, size);
        wanted = java.util.Arrays.copyOf(wanted, size);
        noise = java.util.Arrays.copyOf(noise, size);
        lane = java.util.Arrays.copyOf(lane, size);
        other = java.util.Arrays.copyOf(other, size);
        target = java.util.Arrays.copyOf(target, size);
        x = java.util.Arrays.copyOf(x, size);
        y = java.util.Arrays.copyOf(y, size);
        h = java.util.Arrays.copyOf(h, size);
        v = java.util.Arrays.copyOf(v, size);
        a = java.util.Arrays.copyOf(a, size);
        rate = java.util.Arrays.copyOf(rate, size);
    }
}
