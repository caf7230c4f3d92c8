package org.agora.vehicles.safety;

import org.agora.vehicles.cav.CavControl;
import org.agora.vehicles.cav.MetaAction;
import org.agora.vehicles.driver.Driver;
import org.agora.vehicles.driver.Idm;
import org.agora.vehicles.driver.IdmParameters;
import org.agora.vehicles.driver.Mobil;
import org.agora.vehicles.road.Lane;
import org.agora.vehicles.road.LaneEnd;
import org.agora.vehicles.road.Road;
import org.agora.vehicles.traffic.Controllers;
import org.agora.vehicles.traffic.Footprint;
import org.agora.vehicles.traffic.Traffic;
import org.agora.vehicles.traffic.Vehicle;

/**
 * A copy of the vehicles around one CAV, rolled forward over the safety horizon with the same
 * dynamics as {@link Traffic}: human drivers by their car-following law (scaled by a noise factor)
 * and MOBIL at their own lane-change decision times, CAVs by their actions. Measures the ego's
 * smallest longitudinal gap to any footprint (scaled) that overlaps its own laterally, and to the
 * obstacles closing lanes. The plain version of the module's scene, kept as the test oracle.
 */
final class StraightforwardScene {

    private final Road road;
    private final double dt;
    private final double scale;
    private final Lane[] obstacles;
    private final IdmParameters judge = IdmParameters.reference();
    private int n;
    private double time;
    private int firstOverlap = Integer.MAX_VALUE;
    private Vehicle[] source = new Vehicle[16];
    private boolean[] cav = new boolean[16];
    private Driver[] driver = new Driver[16];
    private double[] wanted = new double[16];
    private double[] noise = new double[16];
    private double[] decision = new double[16];
    private Lane[] lane = new Lane[16];
    private Lane[] other = new Lane[16];
    private Lane[] target = new Lane[16];
    private double[] x = new double[16];
    private double[] y = new double[16];
    private double[] h = new double[16];
    private double[] v = new double[16];
    private double[] a = new double[16];
    private double[] rate = new double[16];

    StraightforwardScene(Road road, double dt, double scale) {
        this.road = road;
        this.obstacles = road.lanes().stream().filter(l -> l.end() == LaneEnd.OBSTACLE).toArray(Lane[]::new);
        this.dt = dt;
        this.scale = scale;
    }

    /** Empties the scene, whose first step will be the one at {@code now} (seconds). */
    void clear(double now) {
        n = 0;
        time = now;
    }

    /** Adds a human-driven vehicle whose accelerations are scaled by {@code noiseFactor}. */
    void addHuman(Vehicle vehicle, double noiseFactor) {
        int i = add(vehicle);
        cav[i] = false;
        driver[i] = vehicle.driver();
        wanted[i] = vehicle.desiredSpeed();
        noise[i] = noiseFactor;
        decision[i] = vehicle.nextLaneDecision();
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
        firstOverlap = Integer.MAX_VALUE;
        for (int k = 0; k < steps; k++) {
            double now = time + k * dt;
            for (int i = 0; i < n; i++) {
                if (!cav[i] && other[i] == null && now >= decision[i]) {
                    double period = driver[i].mobil().decisionPeriod();
                    while (decision[i] <= now) {
                        decision[i] += period;
                    }
                    decideLaneChange(i);
                }
                accelerate(i);
            }
            for (int i = 0; i < n; i++) {
                move(i);
            }
            double gap = egoGap();
            if (gap < 0 && firstOverlap == Integer.MAX_VALUE) {
                firstOverlap = k + 1;
            }
            minGap = Math.min(minGap, gap);
        }
        return minGap;
    }

    /** The step (from 1) at which the last {@link #rollOut} first found an overlap, or {@link Integer#MAX_VALUE} if none. */
    int firstOverlap() {
        return firstOverlap;
    }

    /** MOBIL as {@link Traffic} applies it: left first, then right. */
    private void decideLaneChange(int i) {
        Lane left = road.left(lane[i], x[i]);
        if (left != null && mobilRecommends(i, left)) {
            other[i] = left;
            target[i] = left;
            return;
        }
        Lane right = road.right(lane[i], x[i]);
        if (right != null && mobilRecommends(i, right)) {
            other[i] = right;
            target[i] = right;
        }
    }

    /** {@link Traffic#mobilRecommends} on the scene's vehicles. */
    private boolean mobilRecommends(int i, Lane to) {
        int newLeader = ahead(i, to);
        int newFollower = behind(i, to);
        double newFollowerGain = 0;
        if (newFollower >= 0) {
            double after = judged(newFollower, to, i);
            if (!Mobil.safe(driver[i], after)) {
                return false;
            }
            newFollowerGain = after - judged(newFollower, to, newLeader);
        }
        double selfBefore = own(i, lane[i], ahead(i, lane[i]));
        double selfAfter = own(i, to, newLeader);
        double politeness = driver[i].mobil().politeness();
        double oldFollowerGain = 0;
        int oldFollower = behind(i, lane[i]);
        if (politeness > 0 && oldFollower >= 0) {
            oldFollowerGain = judged(oldFollower, lane[i], ahead(i, lane[i])) - judged(oldFollower, lane[i], i);
        }
        return Mobil.worthwhile(driver[i], selfBefore, selfAfter, newFollowerGain, oldFollowerGain);
    }

    /** The nearest scene vehicle occupying {@code in} with x greater than i's, or −1. */
    private int ahead(int i, Lane in) {
        int found = -1;
        for (int j = 0; j < n; j++) {
            if (j != i && x[j] > x[i] && (lane[j] == in || other[j] == in) && (found < 0 || x[j] < x[found])) {
                found = j;
            }
        }
        return found;
    }

    /** The nearest scene vehicle occupying {@code in} with x at most i's, or −1. */
    private int behind(int i, Lane in) {
        int found = -1;
        for (int j = 0; j < n; j++) {
            if (j != i && x[j] <= x[i] && (lane[j] == in || other[j] == in) && (found < 0 || x[j] > x[found])) {
                found = j;
            }
        }
        return found;
    }

    /** Human driver i's own unclipped acceleration behind {@code leader} (or −1) in {@code in}. */
    private double own(int i, Lane in, int leader) {
        double gap = Double.POSITIVE_INFINITY;
        double leaderSpeed = 0;
        if (leader >= 0) {
            gap = x[leader] - x[i] - Vehicle.LENGTH;
            leaderSpeed = v[leader];
        }
        double obstacle = Traffic.obstacleGap(x[i], in);
        if (obstacle < gap) {
            gap = obstacle;
            leaderSpeed = 0;
        }
        return driver[i].acceleration(v[i], wanted[i], gap, leaderSpeed);
    }

    /** Vehicle f's acceleration behind {@code leader} (or −1) in {@code in}, as a human driver judges it: by the IDM. */
    private double judged(int f, Lane in, int leader) {
        double gap = Double.POSITIVE_INFINITY;
        double leaderSpeed = 0;
        if (leader >= 0) {
            gap = x[leader] - x[f] - Vehicle.LENGTH;
            leaderSpeed = v[leader];
        }
        double obstacle = Traffic.obstacleGap(x[f], in);
        if (obstacle < gap) {
            gap = obstacle;
            leaderSpeed = 0;
        }
        return Idm.acceleration(judge, v[f], wanted[f], gap, leaderSpeed);
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

    /**
     * The human driver's acceleration behind the nearest scene vehicle ahead in {@code in}, and the
     * obstacle closing it unless the driver is leaving that lane (as {@link Traffic} does).
     */
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
        double obstacle = in == target[i] ? Traffic.obstacleGap(x[i], in) : Double.POSITIVE_INFINITY;
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

    /**
     * The ego's smallest scaled gap at this step: to every footprint whose lateral extent overlaps
     * its own, the longitudinal distance between their extents (each footprint's extents are those
     * of its rectangle turned by its heading), negative when the rectangles themselves overlap.
     */
    private double egoGap() {
        double gap = Double.POSITIVE_INFINITY;
        double c0 = Math.abs(Math.cos(h[0]));
        double s0 = Math.abs(Math.sin(h[0]));
        double halfLength = scale * Vehicle.LENGTH / 2;
        double halfWidth = scale * Vehicle.WIDTH / 2;
        double ex = halfLength * c0 + halfWidth * s0;
        double ey = halfLength * s0 + halfWidth * c0;
        for (int j = 1; j < n; j++) {
            double cj = Math.abs(Math.cos(h[j]));
            double sj = Math.abs(Math.sin(h[j]));
            double jy = halfLength * sj + halfWidth * cj;
            if (Math.abs(y[j] - y[0]) >= ey + jy) {
                continue;
            }
            double jx = halfLength * cj + halfWidth * sj;
            double g = Math.abs(x[j] - x[0]) - ex - jx;
            if (g < 0 && !Footprint.overlap(x[0], y[0], h[0], 2 * halfLength, 2 * halfWidth, x[j], y[j], h[j],
                    2 * halfLength, 2 * halfWidth)) {
                g = 0;
            }
            if (g < gap) {
                gap = g;
            }
        }
        double obstacleHalf = scale * Lane.OBSTACLE_HALF_LENGTH;
        for (Lane l : obstacles) {
            double ox = l.endX();
            double oy = l.y(ox);
            if (Math.abs(oy - y[0]) >= ey + obstacleHalf) {
                continue;
            }
            double g = Math.abs(ox - x[0]) - ex - obstacleHalf;
            if (g < 0 && !Footprint.overlap(x[0], y[0], h[0], 2 * halfLength, 2 * halfWidth, ox, oy, 0,
                    2 * obstacleHalf, 2 * obstacleHalf)) {
                g = 0;
            }
            if (g < gap) {
                gap = g;
            }
        }
        return gap;
    }

    private void grow() {
        int size = x.length * 2;
        source = java.util.Arrays.copyOf(source, size);
        cav = java.util.Arrays.copyOf(cav, size);
        driver = java.util.Arrays.copyOf(driver, size);
        wanted = java.util.Arrays.copyOf(wanted, size);
        noise = java.util.Arrays.copyOf(noise, size);
        decision = java.util.Arrays.copyOf(decision, size);
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
