package org.agora.vehicles.safety;

import java.util.Arrays;
import org.agora.vehicles.driver.Driver;
import org.agora.vehicles.road.Lane;
import org.agora.vehicles.traffic.Kinematics;
import org.agora.vehicles.traffic.Vehicle;

/**
 * The vehicles of a {@link Scene}: one array per quantity, indexed by the vehicle's position in the
 * scene, reused between predictions and grown only when a scene holds more vehicles than ever
 * before; and their motion, the traffic's Euler step ({@link Kinematics}). Positions in metres,
 * headings in radians, speeds in m/s, accelerations in m/s².
 *
 * <p>Each footprint's extents along and across the road are kept with its heading and recomputed
 * only when the heading changes (most vehicles drive straight: no trigonometry). The fields are
 * the scene's working state, read and written directly by the scene's parts. Belongs to the
 * simulation thread.
 */
final class SceneVehicles {

    /** Half the scaled footprint's length and width, metres. */
    final double halfLength;
    final double halfWidth;
    int n;
    boolean[] cav = new boolean[16];
    Driver[] driver = new Driver[16];
    /** The speed a human driver wants, or a CAV's target speed (0 when it brakes to a stop). */
    double[] wanted = new double[16];
    double[] noise = new double[16];
    /** A human driver's next lane-change decision time, seconds. */
    double[] decision = new double[16];
    double[] brakingScale = new double[16];
    Lane[] lane = new Lane[16];
    Lane[] other = new Lane[16];
    Lane[] target = new Lane[16];
    double[] x = new double[16];
    double[] y = new double[16];
    double[] h = new double[16];
    double[] v = new double[16];
    double[] a = new double[16];
    double[] rate = new double[16];
    /** Half the extent of the scaled footprint along x and along y, for its current heading. */
    double[] extentX = new double[16];
    double[] extentY = new double[16];
    /** The cosine and sine of the heading, valid where {@link #trig} says so (set by {@link #turn}). */
    double[] cosH = new double[16];
    double[] sinH = new double[16];
    boolean[] trig = new boolean[16];
    /** The traced path of each CAV of the scene (null for human drivers and CAVs simulated here). */
    CavPath[] path = new CavPath[16];
    /** Each vehicle's position in the shared roll-out (−1: none). */
    int[] shared = new int[16];
    /** Whether a driver is replayed (so far it does what it did in the shared roll-out). */
    boolean[] replayed = new boolean[16];
    /** Whether a vehicle moves differently from the shared roll-out (another action, or no longer replayed). */
    boolean[] changed = new boolean[16];

    SceneVehicles(double halfLength, double halfWidth) {
        this.halfLength = halfLength;
        this.halfWidth = halfWidth;
    }

    /** Adds {@code vehicle} with its lanes and motion, neither replayed nor changed, and returns its index. */
    int add(Vehicle vehicle) {
        if (n == x.length) {
            grow();
        }
        int i = n++;
        lane[i] = vehicle.lane();
        other[i] = vehicle.otherLane();
        target[i] = vehicle.targetLane();
        x[i] = vehicle.x();
        y[i] = vehicle.y();
        h[i] = vehicle.heading();
        v[i] = vehicle.speed();
        rate[i] = 0;
        path[i] = null;
        shared[i] = -1;
        replayed[i] = false;
        changed[i] = false;
        turn(i);
        return i;
    }

    /** The footprint's extents for its heading (no trigonometry when it points along the road). */
    void turn(int i) {
        double heading = h[i];
        trig[i] = true;
        if (heading == 0) {
            extentX[i] = halfLength;
            extentY[i] = halfWidth;
            cosH[i] = 1.0;
            sinH[i] = heading;
        } else {
            double cos = Math.cos(heading);
            double sin = Math.sin(heading);
            cosH[i] = cos;
            sinH[i] = sin;
            double c = Math.abs(cos);
            double s = Math.abs(sin);
            extentX[i] = halfLength * c + halfWidth * s;
            extentY[i] = halfLength * s + halfWidth * c;
        }
    }

    /** Moves vehicle i by one step of {@code dt} seconds with its acceleration and heading rate. */
    void move(int i, double dt) {
        if (other[i] == null) {
            Lane l = lane[i];
            if (Kinematics.alongStraightLane(l, x[i], h[i])) {
                x[i] += v[i] * dt;
            } else {
                x[i] += v[i] * cos(i) * dt;
                h[i] = l.heading(x[i]);
                turn(i);
            }
            y[i] = l.y(x[i]);
        } else {
            x[i] += v[i] * cos(i) * dt;
            y[i] += v[i] * (trig[i] ? sinH[i] : Math.sin(h[i])) * dt;
            h[i] += rate[i] * dt;
            if (Kinematics.crossedInto(other[i], lane[i], x[i], y[i])) {
                Lane swap = lane[i];
                lane[i] = other[i];
                other[i] = swap;
            }
            if (Kinematics.settledIn(lane[i], target[i], x[i], y[i], h[i])) {
                other[i] = null;
                y[i] = lane[i].y(x[i]);
                h[i] = lane[i].heading(x[i]);
            }
            turn(i);
        }
        v[i] = Kinematics.nextSpeed(v[i], a[i], dt);
    }

    /** The cosine of vehicle i's heading: kept from {@link #turn} (the same number), or computed. */
    private double cos(int i) {
        return trig[i] ? cosH[i] : Math.cos(h[i]);
    }

    /** Vehicle i's six state numbers into {@code state} from {@code at}, its two lanes into {@code lanes} from {@code lanesAt}. */
    void write(int i, double[] state, int at, Lane[] lanes, int lanesAt) {
        state[at] = x[i];
        state[at + 1] = y[i];
        state[at + 2] = h[i];
        state[at + 3] = v[i];
        state[at + 4] = extentX[i];
        state[at + 5] = extentY[i];
        lanes[lanesAt] = lane[i];
        lanes[lanesAt + 1] = other[i];
    }

    /** The reverse of {@link #write}; the heading's cosine and sine are then computed afresh from the heading. */
    void read(int i, double[] state, int at, Lane[] lanes, int lanesAt) {
        x[i] = state[at];
        y[i] = state[at + 1];
        h[i] = state[at + 2];
        v[i] = state[at + 3];
        extentX[i] = state[at + 4];
        extentY[i] = state[at + 5];
        trig[i] = false;
        lane[i] = lanes[lanesAt];
        other[i] = lanes[lanesAt + 1];
    }

    private void grow() {
        int size = x.length * 2;
        cav = Arrays.copyOf(cav, size);
        driver = Arrays.copyOf(driver, size);
        wanted = Arrays.copyOf(wanted, size);
        noise = Arrays.copyOf(noise, size);
        decision = Arrays.copyOf(decision, size);
        brakingScale = Arrays.copyOf(brakingScale, size);
        lane = Arrays.copyOf(lane, size);
        other = Arrays.copyOf(other, size);
        target = Arrays.copyOf(target, size);
        x = Arrays.copyOf(x, size);
        y = Arrays.copyOf(y, size);
        h = Arrays.copyOf(h, size);
        v = Arrays.copyOf(v, size);
        a = Arrays.copyOf(a, size);
        rate = Arrays.copyOf(rate, size);
        extentX = Arrays.copyOf(extentX, size);
        extentY = Arrays.copyOf(extentY, size);
        cosH = Arrays.copyOf(cosH, size);
        sinH = Arrays.copyOf(sinH, size);
        trig = Arrays.copyOf(trig, size);
        path = Arrays.copyOf(path, size);
        shared = Arrays.copyOf(shared, size);
        replayed = Arrays.copyOf(replayed, size);
        changed = Arrays.copyOf(changed, size);
    }
}
