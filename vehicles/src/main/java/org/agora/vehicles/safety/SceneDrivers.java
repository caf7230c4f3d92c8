package org.agora.vehicles.safety;

import org.agora.vehicles.driver.Driver;
import org.agora.vehicles.driver.GapForm;
import org.agora.vehicles.driver.Idm;
import org.agora.vehicles.driver.IdmParameters;
import org.agora.vehicles.driver.LinearParameters;
import org.agora.vehicles.driver.Mobil;
import org.agora.vehicles.road.Lane;
import org.agora.vehicles.road.Road;
import org.agora.vehicles.traffic.Controllers;
import org.agora.vehicles.traffic.Traffic;
import org.agora.vehicles.traffic.Vehicle;

/**
 * What the drivers of a {@link Scene} decide at one step, as the traffic's do: human drivers follow
 * the nearest scene vehicle ahead by their car-following law (scaled by their noise factor) and
 * change lanes by MOBIL ({@link Idm}, {@link Mobil}); CAVs track their target speed and lane
 * ({@link Controllers}). Every neighbour search may be recorded into the shared roll-out's
 * {@link Recording}. Accelerations in m/s². Belongs to the simulation thread.
 */
final class SceneDrivers {

    private final Road road;
    private final GapForm gapForm;
    private final SceneVehicles s;
    private final IdmParameters judge = IdmParameters.reference();
    private final double judgeScale = Idm.brakingScale(judge);
    /** Where the neighbour searches are recorded (the shared roll-out), or null. */
    private Recording recordInto;
    /** The gap (metres) and leader speed (m/s) {@link #leaderOrObstacle} found: scratch, so that nothing is allocated. */
    private double foundGap;
    private double foundSpeed;

    SceneDrivers(Road road, GapForm gapForm, SceneVehicles vehicles) {
        this.road = road;
        this.gapForm = gapForm;
        this.s = vehicles;
    }

    /** Records the neighbour searches from now on into {@code into}; null for none. */
    void recordInto(Recording into) {
        this.recordInto = into;
    }

    /** Vehicle i's acceleration and, while it changes lanes, heading rate for this step. */
    void accelerate(int i) {
        SceneVehicles s = this.s;
        if (s.cav[i]) {
            s.a[i] = Controllers.speedControl(s.v[i], s.wanted[i]);
        } else {
            double acc = follow(i, s.lane[i]);
            if (s.other[i] != null) {
                acc = Math.min(acc, follow(i, s.other[i]));
            }
            acc *= s.noise[i];
            double limit = s.driver[i].accelerationLimit();
            s.a[i] = acc > limit ? limit : (acc < -limit ? -limit : acc);
        }
        if (s.other[i] != null) {
            Lane target = s.target[i];
            s.rate[i] = Controllers.headingRate(s.y[i], s.h[i], s.v[i], target.y(s.x[i]), target.heading(s.x[i]));
        }
    }

    /** MOBIL as {@link Traffic} applies it: left first, then right. */
    void decideLaneChange(int i) {
        SceneVehicles s = this.s;
        Lane left = road.left(s.lane[i], s.x[i]);
        if (left != null && mobilRecommends(i, left)) {
            s.other[i] = left;
            s.target[i] = left;
            return;
        }
        Lane right = road.right(s.lane[i], s.x[i]);
        if (right != null && mobilRecommends(i, right)) {
            s.other[i] = right;
            s.target[i] = right;
        }
    }

    /** {@link Traffic#mobilRecommends} on the scene's vehicles. */
    private boolean mobilRecommends(int i, Lane to) {
        Driver driver = s.driver[i];
        Lane lane = s.lane[i];
        int newLeader = ahead(i, to);
        int newFollower = behind(i, to);
        double newFollowerGain = 0;
        if (newFollower >= 0) {
            double after = judged(newFollower, to, i);
            if (!Mobil.safe(driver, after)) {
                return false;
            }
            newFollowerGain = after - judged(newFollower, to, newLeader);
        }
        double selfBefore = own(i, lane, ahead(i, lane));
        double selfAfter = own(i, to, newLeader);
        double politeness = driver.mobil().politeness();
        double oldFollowerGain = 0;
        int oldFollower = behind(i, lane);
        if (politeness > 0 && oldFollower >= 0) {
            oldFollowerGain = judged(oldFollower, lane, ahead(i, lane)) - judged(oldFollower, lane, i);
        }
        return Mobil.worthwhile(driver, selfBefore, selfAfter, newFollowerGain, oldFollowerGain);
    }

    /** The nearest scene vehicle occupying {@code in} with x greater than i's, or −1. */
    private int ahead(int i, Lane in) {
        double[] x = s.x;
        Lane[] lane = s.lane;
        Lane[] other = s.other;
        int found = -1;
        for (int j = 0, n = s.n; j < n; j++) {
            if (j != i && x[j] > x[i] && (lane[j] == in || other[j] == in) && (found < 0 || x[j] < x[found])) {
                found = j;
            }
        }
        if (recordInto != null) {
            recordInto.search(in, true, found);
        }
        return found;
    }

    /** The nearest scene vehicle occupying {@code in} with x at most i's, or −1. */
    private int behind(int i, Lane in) {
        double[] x = s.x;
        Lane[] lane = s.lane;
        Lane[] other = s.other;
        int found = -1;
        for (int j = 0, n = s.n; j < n; j++) {
            if (j != i && x[j] <= x[i] && (lane[j] == in || other[j] == in) && (found < 0 || x[j] > x[found])) {
                found = j;
            }
        }
        if (recordInto != null) {
            recordInto.search(in, false, found);
        }
        return found;
    }

    /** Human driver i's own unclipped acceleration behind {@code leader} (or −1) in {@code in}. */
    private double own(int i, Lane in, int leader) {
        leaderOrObstacle(i, in, leader);
        return law(i, foundGap, foundSpeed);
    }

    /** Vehicle f's acceleration behind {@code leader} (or −1) in {@code in}, as a human driver judges it: by the IDM. */
    private double judged(int f, Lane in, int leader) {
        leaderOrObstacle(f, in, leader);
        return Idm.acceleration(judge, judgeScale, gapForm, s.v[f], s.wanted[f], foundGap, foundSpeed);
    }

    /**
     * Sets {@link #foundGap} and {@link #foundSpeed} to what vehicle f would follow in {@code in}:
     * {@code leader} (or −1 for none) or the obstacle closing the lane, whichever is nearer.
     */
    private void leaderOrObstacle(int f, Lane in, int leader) {
        foundGap = Double.POSITIVE_INFINITY;
        foundSpeed = 0;
        if (leader >= 0) {
            foundGap = s.x[leader] - s.x[f] - Vehicle.LENGTH;
            foundSpeed = s.v[leader];
        }
        double obstacle = Traffic.obstacleGap(s.x[f], in);
        if (obstacle < foundGap) {
            foundGap = obstacle;
            foundSpeed = 0;
        }
    }

    /** Human driver i's own law ({@link Driver#acceleration}, with the IDM's constant term computed once). */
    private double law(int i, double gap, double leaderSpeed) {
        Driver driver = s.driver[i];
        LinearParameters linear = driver.linear();
        return linear == null ? Idm.acceleration(driver.idm(), s.brakingScale[i], gapForm, s.v[i], s.wanted[i], gap,
                leaderSpeed)
                : linear.acceleration(s.v[i], s.wanted[i], gap, leaderSpeed);
    }

    /**
     * The human driver's acceleration behind the nearest scene vehicle ahead in {@code in}, and the
     * obstacle closing it unless the driver is leaving that lane (as {@link Traffic} does).
     */
    private double follow(int i, Lane in) {
        double[] x = s.x;
        Lane[] lane = s.lane;
        Lane[] other = s.other;
        double gap = Double.POSITIVE_INFINITY;
        double leaderSpeed = 0;
        double xi = x[i];
        int found = -1;
        for (int j = 0, n = s.n; j < n; j++) {
            if (j != i && x[j] > xi && (lane[j] == in || other[j] == in)) {
                double g = x[j] - xi - Vehicle.LENGTH;
                if (g < gap) {
                    gap = g;
                    leaderSpeed = s.v[j];
                    found = j;
                }
            }
        }
        if (recordInto != null) {
            recordInto.search(in, true, found);
        }
        double obstacle = in == s.target[i] ? Traffic.obstacleGap(xi, in) : Double.POSITIVE_INFINITY;
        if (obstacle < gap) {
            gap = obstacle;
            leaderSpeed = 0;
        }
        return law(i, gap, leaderSpeed);
    }
}
