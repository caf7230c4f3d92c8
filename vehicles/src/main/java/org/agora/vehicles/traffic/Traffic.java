package org.agora.vehicles.traffic;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.agora.vehicles.driver.Driver;
import org.agora.vehicles.driver.Idm;
import org.agora.vehicles.driver.IdmParameters;
import org.agora.vehicles.driver.Mobil;
import org.agora.vehicles.road.Lane;
import org.agora.vehicles.road.LaneEnd;
import org.agora.vehicles.road.Road;

/**
 * The vehicles on a road and one simulation step of their dynamics, in three phases the caller
 * runs in order: {@link #sense()} (order the lanes, find leaders and followers), {@link #act()}
 * (human drivers decide lane changes with MOBIL and accelerate with their car-following law; CAVs
 * track their target speed and lane), {@link #integrate()} (explicit Euler: the position moves
 * with the speed of the previous step, then the speed with the acceleration; then lane changes,
 * collisions and exits). The caller sets the time before each step.
 *
 * <p>Threading: the simulation thread only.
 */
public final class Traffic {

    private final Road road;
    private final double dt;
    private final TrafficRules rules;
    private final double footprintLength;
    private final double footprintWidth;
    private final TrafficListener listener;
    private final LaneOccupancy[] occupancy;
    private final List<Vehicle> vehicles = new ArrayList<>();
    private final List<Vehicle> view = Collections.unmodifiableList(vehicles);
    private final List<Vehicle> crashes = new ArrayList<>();
    private final List<Vehicle> leaving = new ArrayList<>();
    private final IdmParameters judge = IdmParameters.reference();
    private final double judgeScale = Idm.brakingScale(judge);
    private int nextNumber;
    private double time;
    private long vehicleUpdates;
    private double minTimeToCollision = Double.POSITIVE_INFINITY;
    private Vehicle closestFollower;
    private Vehicle closestLeader;

    /**
     * @param road the road
     * @param dt the step in seconds
     * @param listener told of entries, exits, lane changes and collisions
     */
    public Traffic(Road road, double dt, TrafficListener listener) {
        this(road, dt, listener, TrafficRules.AGORA);
    }

    /**
     * @param road the road
     * @param dt the step in seconds
     * @param listener told of entries, exits, lane changes and collisions
     * @param rules whether the merge lane is open to main-road traffic (if not, {@link #road()} is
     *     {@code road} with it closed), the collision footprint, what becomes of crashed vehicles,
     *     removal at the road's end and the IDM's gap form
     */
    public Traffic(Road road, double dt, TrafficListener listener, TrafficRules rules) {
        if (!(dt > 0)) {
            throw new IllegalArgumentException("the step must be > 0 s");
        }
        this.road = rules.mergeLaneOpen() ? road : road.withMergeLaneClosed();
        this.dt = dt;
        this.listener = listener;
        this.rules = rules;
        this.footprintLength = Vehicle.LENGTH * rules.footprintScale();
        this.footprintWidth = Vehicle.WIDTH * rules.footprintScale();
        this.occupancy = new LaneOccupancy[road.lanes().size()];
        for (int i = 0; i < occupancy.length; i++) {
            occupancy[i] = new LaneOccupancy();
        }
    }

    /** The road, with the markings the rules give it (the merge lane may be closed to main-road traffic). */
    public Road road() {
        return road;
    }

    /** The rules this traffic follows. */
    public TrafficRules rules() {
        return rules;
    }

    /** The step, seconds. */
    public double dt() {
        return dt;
    }

    /** The simulation time, seconds. */
    public double time() {
        return time;
    }

    /** Sets the simulation time of the coming step, seconds. */
    public void setTime(double seconds) {
        this.time = seconds;
    }

    /** The number the next vehicle to enter will get. */
    public int nextNumber() {
        return nextNumber;
    }

    /** The vehicles on the road, in order of entry (a read-only live view). */
    public List<Vehicle> vehicles() {
        return view;
    }

    /** How many vehicle states have been integrated so far (vehicles × steps). */
    public long vehicleUpdates() {
        return vehicleUpdates;
    }

    /** The smallest time-to-collision (gap over closing speed) sensed since the last {@link #resetMinimumTimeToCollision()}, seconds. */
    public double minimumTimeToCollision() {
        return minTimeToCollision;
    }

    public void resetMinimumTimeToCollision() {
        minTimeToCollision = Double.POSITIVE_INFINITY;
        closestFollower = null;
        closestLeader = null;
    }

    /** The follower of the pair with the smallest time-to-collision so far (null before any). */
    public Vehicle closestFollower() {
        return closestFollower;
    }

    /** The leader of that pair. */
    public Vehicle closestLeader() {
        return closestLeader;
    }

    /**
     * A human driver enters {@code lane} at {@code x}.
     *
     * @param laneDecisionPhase seconds from now until its first lane-change decision (spreads the
     *     drivers' decisions over the decision period)
     */
    public Vehicle spawnHuman(String id, Driver driver, Lane lane, double x, double speed, double desiredSpeed,
            double laneDecisionPhase) {
        Vehicle vehicle = new Vehicle(nextNumber++, id, VehicleType.HDV, driver, lane, x, speed, desiredSpeed, time);
        vehicle.nextLaneDecision = time + laneDecisionPhase;
        return enter(vehicle);
    }

    /** A CAV enters {@code lane} at {@code x}, tracking {@code targetSpeed}. */
    public Vehicle spawnCav(String id, Lane lane, double x, double speed, double targetSpeed) {
        Vehicle vehicle = new Vehicle(nextNumber++, id, VehicleType.CAV, null, lane, x, speed, targetSpeed, time);
        return enter(vehicle);
    }

    private Vehicle enter(Vehicle vehicle) {
        vehicles.add(vehicle);
        occupancy[vehicle.lane.index()].add(vehicle);
        listener.entered(vehicle);
        return vehicle;
    }

    /**
     * Whether a vehicle entering {@code lane} at {@code x} with {@code speed} would keep at least
     * the IDM's desired gap s0 + v·T to the nearest vehicle ahead and behind.
     */
    public boolean entryClear(Lane lane, double x, double speed) {
        LaneOccupancy lanes = occupancy[lane.index()];
        double needed = judge.jamGap() + speed * judge.timeGap();
        Vehicle ahead = lanes.ahead(x, null);
        if (ahead != null && ahead.x - x - Vehicle.LENGTH < needed) {
            return false;
        }
        Vehicle behind = lanes.behind(x, null);
        return behind == null || x - behind.x - Vehicle.LENGTH >= judge.jamGap() + behind.speed * judge.timeGap();
    }

    /** Sets a CAV's target speed, m/s. */
    public void setTargetSpeed(Vehicle cav, double speed) {
        cav.targetSpeed = speed;
    }

    /**
     * Starts steering {@code vehicle} into {@code target}, an adjacent lane (or back into the lane
     * it is leaving). Ignored while it changes lanes, unless {@code target} is the lane it overlaps.
     *
     * @return whether the change was started
     */
    public boolean startLaneChange(Vehicle vehicle, Lane target) {
        if (target == null || target == vehicle.targetLane) {
            return false;
        }
        if (vehicle.otherLane == null) {
            vehicle.otherLane = target;
            enterSecondLane(vehicle, target);
        } else if (target != vehicle.otherLane && target != vehicle.lane) {
            return false;
        }
        vehicle.targetLane = target;
        return true;
    }

    /**
     * {@code vehicle} starts occupying {@code target} as well: from this instant it follows the
     * leader there, and the follower there follows it (the neighbours sensed at the step's start
     * are updated rather than sensed again), so a change started in this step counts at once, as in
     * the safety module's predictions.
     */
    private void enterSecondLane(Vehicle vehicle, Lane target) {
        LaneOccupancy lanes = occupancy[target.index()];
        lanes.add(vehicle);
        vehicle.otherLeader = lanes.ahead(vehicle.x, vehicle);
        vehicle.otherFollower = lanes.behind(vehicle.x, vehicle);
        Vehicle follower = vehicle.otherFollower;
        if (follower != null && follower.x < vehicle.x) {
            if (follower.lane == target) {
                follower.leader = vehicle;
            } else {
                follower.otherLeader = vehicle;
            }
        }
    }

    /** The vehicle nearest ahead of {@code vehicle} in {@code lane} (by the last sensing's order), or null. */
    public Vehicle ahead(Vehicle vehicle, Lane lane) {
        return occupancy[lane.index()].ahead(vehicle.x, vehicle);
    }

    /** The vehicle nearest behind {@code vehicle} in {@code lane}, or null. */
    public Vehicle behind(Vehicle vehicle, Lane lane) {
        return occupancy[lane.index()].behind(vehicle.x, vehicle);
    }

    // ---- sense ----

    /**
     * Records every vehicle's leader and follower in the lanes it occupies. The lanes are in order
     * already: the last {@link #integrate} sorted them after moving everyone, and entries and lane
     * changes insert in place.
     */
    public void sense() {
        for (int l = 0; l < occupancy.length; l++) {
            LaneOccupancy lanes = occupancy[l];
            Lane lane = road.lane(l);
            int size = lanes.size();
            for (int i = 0; i < size; i++) {
                Vehicle v = lanes.get(i);
                Vehicle ahead = i + 1 < size ? lanes.get(i + 1) : null;
                Vehicle behind = i > 0 ? lanes.get(i - 1) : null;
                if (v.lane == lane) {
                    v.leader = ahead;
                    v.follower = behind;
                    if (ahead != null) {
                        double closing = v.speed - ahead.speed;
                        if (closing > 0) {
                            double ttc = Math.max(0, v.gapTo(ahead)) / closing;
                            if (ttc < minTimeToCollision) {
                                minTimeToCollision = ttc;
                                closestFollower = v;
                                closestLeader = ahead;
                            }
                        }
                    }
                } else {
                    v.otherLeader = ahead;
                    v.otherFollower = behind;
                }
            }
        }
    }

    // ---- act ----

    /** Human drivers decide lane changes and accelerations; CAVs apply their controllers. */
    public void act() {
        for (int i = 0, n = vehicles.size(); i < n; i++) {
            Vehicle v = vehicles.get(i);
            if (v.crashed) {
                brakeWreck(v);
                continue;
            }
            if (v.type == VehicleType.HDV) {
                if (v.otherLane == null && time >= v.nextLaneDecision) {
                    double period = v.driver.mobil().decisionPeriod();
                    while (v.nextLaneDecision <= time) {
                        v.nextLaneDecision += period;
                    }
                    decideLaneChange(v);
                }
                double a = following(v, v.lane, v.leader);
                if (v.otherLane != null) {
                    a = Math.min(a, following(v, v.otherLane, v.otherLeader));
                }
                v.acceleration = Controllers.clip(a, v.driver.accelerationLimit());
            } else {
                v.acceleration = Controllers.speedControl(v.speed, v.targetSpeed);
            }
            if (v.otherLane != null) {
                v.headingRate = Controllers.headingRate(v.y, v.heading, v.speed, v.targetLane.y(v.x),
                        v.targetLane.heading(v.x));
            }
        }
    }

    /**
     * A crashed vehicle left on the road (rule crashedStop) brakes to a stop in a straight line, as
     * highway-env's crashed vehicles do: acceleration −v per second, no steering.
     */
    private void brakeWreck(Vehicle v) {
        v.acceleration = -v.speed;
        v.headingRate = 0;
    }

    private void decideLaneChange(Vehicle v) {
        Lane left = road.left(v.lane, v.x);
        if (left != null && mobilRecommends(v, left)) {
            startLaneChange(v, left);
            return;
        }
        Lane right = road.right(v.lane, v.x);
        if (right != null && mobilRecommends(v, right)) {
            startLaneChange(v, right);
        }
    }

    /**
     * MOBIL: whether human driver {@code v} should move into the adjacent lane {@code target} now.
     * Safety: the new follower's IDM acceleration behind {@code v} must be at least −(max imposed
     * braking). Incentive: v's own gain plus politeness × the followers' gains must reach the
     * driver's minimum gain. Accelerations are unclipped; obstacles count as standing leaders.
     */
    public boolean mobilRecommends(Vehicle v, Lane target) {
        LaneOccupancy lanes = occupancy[target.index()];
        Vehicle newLeader = lanes.ahead(v.x, v);
        Vehicle newFollower = lanes.behind(v.x, v);
        double newFollowerGain = 0;
        if (newFollower != null) {
            double after = judged(newFollower, target, v);
            if (!Mobil.safe(v.driver, after)) {
                return false;
            }
            newFollowerGain = after - judged(newFollower, target, newLeader);
        }
        double selfBefore = ownAcceleration(v, v.lane, v.leader);
        double selfAfter = ownAcceleration(v, target, newLeader);
        double politeness = v.driver.mobil().politeness();
        double oldFollowerGain = 0;
        if (politeness > 0 && v.follower != null) {
            oldFollowerGain = judged(v.follower, v.lane, v.leader) - judged(v.follower, v.lane, v);
        }
        return Mobil.worthwhile(v.driver, selfBefore, selfAfter, newFollowerGain, oldFollowerGain);
    }

    /**
     * The acceleration a human driver applies for {@code lane}, one of the lanes it occupies: its own
     * behind the leader there and, in the lane it keeps or steers into, the obstacle closing it. A
     * driver changing lanes ignores the obstacle of the lane it leaves (ours: the reference's rule
     * holds it at the jam gap before the obstacle at a standstill, where it cannot steer out, and a
     * long run with an on-ramp locks up; it may still hit the obstacle, which counts as a collision).
     */
    private double following(Vehicle v, Lane lane, Vehicle leader) {
        if (lane == v.targetLane) {
            return ownAcceleration(v, lane, leader);
        }
        return leader == null ? v.driver.acceleration(rules.gapForm(), v.speed, v.desiredSpeed, Double.POSITIVE_INFINITY, 0)
                : v.driver.acceleration(rules.gapForm(), v.speed, v.desiredSpeed, v.gapTo(leader), leader.speed);
    }

    /** The human driver's own (unclipped) acceleration behind {@code leader} in {@code lane}, or behind the lane's obstacle. */
    double ownAcceleration(Vehicle v, Lane lane, Vehicle leader) {
        double gap = Double.POSITIVE_INFINITY;
        double leaderSpeed = 0;
        if (leader != null) {
            gap = v.gapTo(leader);
            leaderSpeed = leader.speed;
        }
        double obstacle = obstacleGap(v.x, lane);
        if (obstacle < gap) {
            gap = obstacle;
            leaderSpeed = 0;
        }
        return v.driver.acceleration(rules.gapForm(), v.speed, v.desiredSpeed, gap, leaderSpeed);
    }

    /** Another vehicle's acceleration as a human driver judges it: by the IDM. */
    private double judged(Vehicle follower, Lane lane, Vehicle leader) {
        double gap = Double.POSITIVE_INFINITY;
        double leaderSpeed = 0;
        if (leader != null) {
            gap = follower.gapTo(leader);
            leaderSpeed = leader.speed;
        }
        double obstacle = obstacleGap(follower.x, lane);
        if (obstacle < gap) {
            gap = obstacle;
            leaderSpeed = 0;
        }
        double wanted = follower.type == VehicleType.HDV ? follower.desiredSpeed : follower.targetSpeed;
        return Idm.acceleration(judge, judgeScale, rules.gapForm(), follower.speed, wanted, gap, leaderSpeed);
    }

    /** The gap from a vehicle centred at {@code x} to the obstacle closing {@code lane}, or +∞. */
    public static double obstacleGap(double x, Lane lane) {
        if (lane.end() != LaneEnd.OBSTACLE || x >= lane.endX()) {
            return Double.POSITIVE_INFINITY;
        }
        return lane.endX() - Lane.OBSTACLE_HALF_LENGTH - x - Vehicle.LENGTH / 2;
    }

    // ---- integrate ----

    /** Moves every vehicle by one step, then settles lane changes, collisions and exits. */
    public void integrate() {
        // Who passed its lane's exit is noted in the same pass that moves it (one walk over the
        // vehicles fewer per step); they leave after the collisions, in the order of the vehicles.
        boolean exits = rules.removeAtRoadEnd();
        leaving.clear();
        for (int i = 0, n = vehicles.size(); i < n; i++) {
            Vehicle v = vehicles.get(i);
            if (v.otherLane == null) {
                Lane lane = v.lane;
                if (Kinematics.alongStraightLane(lane, v.x, v.heading)) {
                    v.x += v.speed * dt;
                } else {
                    v.x += v.speed * Math.cos(v.heading) * dt;
                    v.heading = lane.heading(v.x);
                }
                v.y = lane.y(v.x);
            } else {
                v.x += v.speed * Math.cos(v.heading) * dt;
                v.y += v.speed * Math.sin(v.heading) * dt;
                v.heading += v.headingRate * dt;
                settleLaneChange(v);
            }
            v.speed = Kinematics.nextSpeed(v.speed, v.acceleration, dt);
            if (exits && v.lane.end() == LaneEnd.EXIT && v.x > v.lane.endX()) {
                leaving.add(v);
            }
        }
        vehicleUpdates += vehicles.size();
        for (LaneOccupancy lanes : occupancy) {
            lanes.sort();
        }
        detectCollisions();
        for (int i = 0, n = leaving.size(); i < n; i++) {
            // A vehicle removed by a collision of this step has left already.
            remove(leaving.get(i), ExitReason.END_OF_ROAD);
        }
    }

    private void settleLaneChange(Vehicle v) {
        Lane other = v.otherLane;
        if (Kinematics.crossedInto(other, v.lane, v.x, v.y)) {
            Lane from = v.lane;
            v.lane = other;
            v.otherLane = from;
            listener.laneChanged(v, from, other);
        }
        if (Kinematics.settledIn(v.lane, v.targetLane, v.x, v.y, v.heading)) {
            occupancy[v.otherLane.index()].remove(v);
            v.otherLane = null;
            v.otherLeader = null;
            v.otherFollower = null;
            v.y = v.lane.y(v.x);
            v.heading = v.lane.heading(v.x);
            v.headingRate = 0;
        }
    }

    private void detectCollisions() {
        crashes.clear();
        for (int l = 0; l < occupancy.length; l++) {
            LaneOccupancy lanes = occupancy[l];
            Lane lane = road.lane(l);
            int size = lanes.size();
            for (int i = 0; i < size; i++) {
                Vehicle a = lanes.get(i);
                if (a.crashed && !rules.crashedStop()) {
                    continue;
                }
                if (i + 1 < size) {
                    Vehicle b = lanes.get(i + 1);
                    if (mayCollide(a, b) && b.x - a.x < Vehicle.LENGTH + Vehicle.WIDTH && overlap(a, b)) {
                        crash(a);
                        crash(b);
                        listener.collided(a, b);
                        continue;
                    }
                }
                if (!a.crashed && lane.end() == LaneEnd.OBSTACLE && hitsObstacle(a, lane, footprintLength, footprintWidth)) {
                    crash(a);
                    listener.collided(a, null);
                }
            }
        }
        if (!rules.crashedStop()) {
            for (Vehicle crashed : crashes) {
                remove(crashed, ExitReason.COLLISION);
            }
        }
    }

    /**
     * Whether a new collision between {@code a} and {@code b} counts: never between two wrecks, and
     * with crashed vehicles removed (Agora's rule) a vehicle crashed earlier in this pass is not hit again.
     */
    private boolean mayCollide(Vehicle a, Vehicle b) {
        return rules.crashedStop() ? !(a.crashed && b.crashed) : !b.crashed;
    }

    /** Marks {@code v} crashed (once: a wreck hit again stays one crash on the list). */
    private void crash(Vehicle v) {
        if (!v.crashed) {
            v.crashed = true;
            crashes.add(v);
        }
    }

    private boolean overlap(Vehicle a, Vehicle b) {
        return Footprint.overlap(a.x, a.y, a.heading, footprintLength, footprintWidth, b.x, b.y, b.heading,
                footprintLength, footprintWidth);
    }

    /** Whether {@code v}'s footprint overlaps the 2 m × 2 m obstacle centred on the end of {@code lane}. */
    public static boolean hitsObstacle(Vehicle v, Lane lane) {
        return hitsObstacle(v, lane, Vehicle.LENGTH, Vehicle.WIDTH);
    }

    /** The same with the vehicle's footprint {@code length} × {@code width} metres. */
    static boolean hitsObstacle(Vehicle v, Lane lane, double length, double width) {
        double ox = lane.endX();
        if (v.x + Vehicle.LENGTH < ox - Lane.OBSTACLE_HALF_LENGTH) {
            return false;
        }
        return Footprint.overlap(v.x, v.y, v.heading, length, width, ox, lane.y(ox), 0,
                2 * Lane.OBSTACLE_HALF_LENGTH, 2 * Lane.OBSTACLE_HALF_LENGTH);
    }

    /** Takes {@code v} off the road and tells the listener why. */
    public void remove(Vehicle v, ExitReason reason) {
        if (v.removed) {
            return;
        }
        v.removed = true;
        occupancy[v.lane.index()].remove(v);
        if (v.otherLane != null) {
            occupancy[v.otherLane.index()].remove(v);
        }
        vehicles.remove(v);
        listener.exited(v, reason);
    }

    /** Takes every vehicle off the road, in order of entry. */
    public void removeAll(ExitReason reason) {
        for (Vehicle v : new ArrayList<>(vehicles)) {
            remove(v, reason);
        }
    }
}
