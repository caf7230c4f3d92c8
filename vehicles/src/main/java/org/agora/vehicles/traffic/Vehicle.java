package org.agora.vehicles.traffic;

import org.agora.vehicles.driver.Driver;
import org.agora.vehicles.road.Lane;
import org.agora.wireless.sidelink.SidelinkNode;

/**
 * One vehicle on the road: its kinematic state (centre x, y in metres, speed in m/s, heading in
 * radians, the acceleration applied in the last step in m/s²), its lanes, and who drives it.
 * While it changes lanes it occupies two: {@link #lane()} (the one its centre is in) and
 * {@link #otherLane()} (the one on the other side of the change). State changes only through
 * {@link Traffic}. Belongs to the simulation thread.
 */
public final class Vehicle implements SidelinkNode {

    /** Length of every vehicle, metres. */
    public static final double LENGTH = 5.0;
    /** Width of every vehicle, metres. */
    public static final double WIDTH = 2.0;

    final int number;
    final String id;
    final VehicleType type;
    final Driver driver;
    final Lane entryLane;
    final double enteredAt;
    final double entryX;

    Lane lane;
    Lane otherLane;
    Lane targetLane;
    double x;
    double y;
    double speed;
    double heading;
    double headingRate;
    double acceleration;
    double desiredSpeed;
    double targetSpeed;
    double nextLaneDecision;
    boolean crashed;
    boolean removed;

    Vehicle leader;
    Vehicle follower;
    Vehicle otherLeader;
    Vehicle otherFollower;

    Vehicle(int number, String id, VehicleType type, Driver driver, Lane lane, double x, double speed,
            double desiredSpeed, double enteredAt) {
        this.number = number;
        this.id = id;
        this.type = type;
        this.driver = driver;
        this.entryLane = lane;
        this.lane = lane;
        this.targetLane = lane;
        this.x = x;
        this.entryX = x;
        this.y = lane.y(x);
        this.heading = lane.heading(x);
        this.speed = speed;
        this.desiredSpeed = desiredSpeed;
        this.targetSpeed = desiredSpeed;
        this.enteredAt = enteredAt;
    }

    /** Its number: 0, 1, 2, … in order of entry into the traffic. */
    public int number() {
        return number;
    }

    @Override
    public String id() {
        return id;
    }

    public VehicleType type() {
        return type;
    }

    public boolean isCav() {
        return type == VehicleType.CAV;
    }

    /** Its driver (null for a CAV). */
    public Driver driver() {
        return driver;
    }

    /** The lane its centre is in. */
    public Lane lane() {
        return lane;
    }

    /** The other lane it overlaps while changing lanes, or null when it keeps its lane. */
    public Lane otherLane() {
        return otherLane;
    }

    /** The lane it is steering to (its lane when it keeps it). */
    public Lane targetLane() {
        return targetLane;
    }

    /** True while it changes lanes. */
    public boolean changingLanes() {
        return otherLane != null;
    }

    /** The lane it entered the road in. */
    public Lane entryLane() {
        return entryLane;
    }

    @Override
    public double x() {
        return x;
    }

    @Override
    public double y() {
        return y;
    }

    /** Speed along its heading, m/s (never negative). */
    public double speed() {
        return speed;
    }

    /** Heading, radians (0 along the road). */
    public double heading() {
        return heading;
    }

    /** Longitudinal speed, m/s. */
    public double vx() {
        return speed * Math.cos(heading);
    }

    /** Lateral speed, m/s. */
    public double vy() {
        return speed * Math.sin(heading);
    }

    /** The acceleration applied in the last step, m/s². */
    public double acceleration() {
        return acceleration;
    }

    /** The speed a human driver wants, m/s. */
    public double desiredSpeed() {
        return desiredSpeed;
    }

    /** The speed a CAV's controller tracks, m/s. */
    public double targetSpeed() {
        return targetSpeed;
    }

    /** When a human driver next considers changing lanes, seconds (simulation time). */
    public double nextLaneDecision() {
        return nextLaneDecision;
    }

    public double enteredAt() {
        return enteredAt;
    }

    public double entryX() {
        return entryX;
    }

    public boolean crashed() {
        return crashed;
    }

    /** True once it left the road. */
    public boolean removed() {
        return removed;
    }

    /** The vehicle ahead in its lane (as of the last sensing), or null. */
    public Vehicle leader() {
        return leader;
    }

    /** The vehicle behind in its lane (as of the last sensing), or null. */
    public Vehicle follower() {
        return follower;
    }

    /** The bumper-to-bumper gap to {@code ahead}, metres (negative if they overlap lengthwise). */
    public double gapTo(Vehicle ahead) {
        return ahead.x - x - LENGTH;
    }

    @Override
    public String toString() {
        return id;
    }
}
