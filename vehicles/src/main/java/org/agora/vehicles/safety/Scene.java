package org.agora.vehicles.safety;

import java.util.Arrays;
import org.agora.vehicles.cav.CavControl;
import org.agora.vehicles.cav.MetaAction;
import org.agora.vehicles.driver.Driver;
import org.agora.vehicles.driver.GapForm;
import org.agora.vehicles.driver.Idm;
import org.agora.vehicles.driver.IdmParameters;
import org.agora.vehicles.driver.LinearParameters;
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
 * obstacles closing lanes.
 *
 * <p>Arrays reused between predictions, nothing allocated while rolling out. Each footprint's
 * extents along and across the road are kept with its heading and recomputed only when the heading
 * changes (most vehicles drive straight: no trigonometry). A roll-out may be told the outcome it has
 * to beat and then stops as soon as it cannot. The arithmetic is the straightforward version's,
 * operation for operation, so that predictions are bit for bit the same (a test compares them).
 * Belongs to the simulation thread.
 */
final class Scene {

    private final Road road;
    private final double dt;
    private final GapForm gapForm;
    private final double halfLength;
    private final double halfWidth;
    private final double obstacleHalf;
    private final double[] obstacleX;
    private final double[] obstacleY;
    private final IdmParameters judge = IdmParameters.reference();
    private final double judgeScale = Idm.brakingScale(judge);
    private int n;
    private double time;
    private int firstOverlap = Integer.MAX_VALUE;
    private boolean lost;
    private boolean[] cav = new boolean[16];
    private Driver[] driver = new Driver[16];
    private double[] wanted = new double[16];
    private double[] noise = new double[16];
    private double[] decision = new double[16];
    private double[] brakingScale = new double[16];
    private Lane[] lane = new Lane[16];
    private Lane[] other = new Lane[16];
    private Lane[] target = new Lane[16];
    private double[] x = new double[16];
    private double[] y = new double[16];
    private double[] h = new double[16];
    private double[] v = new double[16];
    private double[] a = new double[16];
    private double[] rate = new double[16];
    /** Half the extent of the scaled footprint along x and along y, for its current heading. */
    private double[] extentX = new double[16];
    private double[] extentY = new double[16];
    /** The cosine and sine of the heading, valid where {@link #trig} says so (set by {@link #turn}). */
    private double[] cosH = new double[16];
    private double[] sinH = new double[16];
    private boolean[] trig = new boolean[16];
    /** The traced path of each CAV of the scene (null for human drivers and CAVs simulated here). */
    private CavPath[] path = new CavPath[16];
    /** Where this roll-out records what its drivers do (the shared roll-out), or null. */
    private Recording recordInto;
    /** The shared roll-out this one replays drivers from, or null. */
    private Recording replayFrom;
    /** Each vehicle's position in the shared roll-out (−1: none). */
    private int[] shared = new int[16];
    /** Whether a driver is replayed (so far it does what it did in the shared roll-out). */
    private boolean[] replayed = new boolean[16];
    /** Whether a vehicle moves differently from the shared roll-out (another action, or no longer replayed). */
    private boolean[] changed = new boolean[16];
    private int[] changedList = new int[16];
    private int changedCount;
    private int[] sceneOf = new int[16];
    /** The CAVs whose gaps the shared roll-out measures (positions in it), and their horizons in steps. */
    private int[] recordEgos;
    private int[] recordHorizons;
    private int recordEgoCount;

    Scene(Road road, double dt, double scale, GapForm gapForm) {
        this.road = road;
        this.dt = dt;
        this.gapForm = gapForm;
        this.halfLength = scale * Vehicle.LENGTH / 2;
        this.halfWidth = scale * Vehicle.WIDTH / 2;
        this.obstacleHalf = scale * Lane.OBSTACLE_HALF_LENGTH;
        Lane[] closed = road.lanes().stream().filter(l -> l.end() == LaneEnd.OBSTACLE).toArray(Lane[]::new);
        this.obstacleX = new double[closed.length];
        this.obstacleY = new double[closed.length];
        for (int i = 0; i < closed.length; i++) {
            obstacleX[i] = closed[i].endX();
            obstacleY[i] = closed[i].y(closed[i].endX());
        }
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
        brakingScale[i] = Idm.brakingScale(driver[i].idm());
    }

    /**
     * Adds a human driver who is at {@code sharedIndex} in the shared roll-out a later
     * {@link #replay} names: it is replayed from there for as long as that is exact.
     */
    void addHuman(Vehicle vehicle, double noiseFactor, int sharedIndex) {
        addHuman(vehicle, noiseFactor);
        shared[n - 1] = sharedIndex;
        replayed[n - 1] = true;
    }

    /**
     * Adds a CAV with its traced path that is at {@code sharedIndex} in the shared roll-out, where
     * it took {@code sameAsShared} the same action (else it counts as changed).
     */
    void addCav(Vehicle vehicle, MetaAction action, boolean brake, CavPath traced, int sharedIndex, boolean sameAsShared) {
        addCav(vehicle, action, brake, traced);
        shared[n - 1] = sharedIndex;
        changed[n - 1] = !sameAsShared;
    }

    /** The next roll-out replays its drivers from {@code from} where it can; null for none. */
    void replay(Recording from) {
        this.replayFrom = from;
    }

    /**
     * Rolls the scene forward over {@code steps} steps as the shared roll-out, recording every
     * driver's lanes, states and neighbour searches into {@code into}. Every CAV must have a path.
     */
    void record(Recording into, int steps, int[] egos, int[] horizons, int egoCount) {
        into.reset(n, steps);
        recordInto = into;
        replayFrom = null;
        recordEgos = egos;
        recordHorizons = horizons;
        recordEgoCount = egoCount;
        for (int e = 0; e < egoCount; e++) {
            into.minGap[e] = SafetyModule.GAP_CAP;
            into.firstOverlap[e] = Integer.MAX_VALUE;
        }
        try {
            rollOut(steps, Double.POSITIVE_INFINITY, -1, 0);
        } finally {
            recordInto = null;
        }
        into.searchStart[n * steps] = into.searches;
    }

    /**
     * Adds a CAV whose states over the roll-out are {@code traced} (by {@link #trace} with the same
     * action, braking flag and horizon at least as long).
     */
    void addCav(Vehicle vehicle, MetaAction action, boolean brake, CavPath traced) {
        addCav(vehicle, action, brake);
        path[n - 1] = traced;
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
    private void turn(int i) {
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

    /**
     * Rolls the scene {@code steps} steps forward and returns the ego's (index 0) smallest gap in
     * metres, capped at {@code cap}; negative means its footprint overlaps another's (or an
     * obstacle) at some step. Stops early, with {@link #lost()} true, as soon as the outcome cannot
     * be better (in {@link SafetyModule}'s order) than the rival's: first overlap at step
     * {@code rivalOverlap} (from 1, {@link Integer#MAX_VALUE} for none) with smallest gap
     * {@code rivalGap}; without a rival ({@code rivalOverlap} < 0) it always runs to the end.
     */
    double rollOut(int steps, double cap, int rivalOverlap, double rivalGap) {
        double minGap = cap;
        firstOverlap = Integer.MAX_VALUE;
        lost = false;
        Recording recording = recordInto;
        if (replayFrom != null) {
            startReplay();
        } else {
            Arrays.fill(replayed, 0, n, false);
        }
        for (int k = 0; k < steps; k++) {
            double now = time + k * dt;
            for (int i = 0; i < n; i++) {
                if (recording != null) {
                    recording.searchStart[recording.cell(k, i)] = recording.searches;
                }
                if (path[i] != null) {
                    continue;
                }
                boolean due = !cav[i] && other[i] == null && now >= decision[i];
                if (due) {
                    double period = driver[i].mobil().decisionPeriod();
                    while (decision[i] <= now) {
                        decision[i] += period;
                    }
                }
                if (replayed[i]) {
                    if (replayable(i, k)) {
                        int cell = 4 * replayFrom.cell(k, shared[i]);
                        other[i] = replayFrom.lanes[cell + 2];
                        target[i] = replayFrom.lanes[cell + 3];
                        continue;
                    }
                    replayed[i] = false;
                    change(i);
                }
                if (due) {
                    decideLaneChange(i);
                }
                accelerate(i);
                if (recording != null) {
                    int cell = 4 * recording.cell(k, i);
                    recording.lanes[cell + 2] = other[i];
                    recording.lanes[cell + 3] = target[i];
                }
            }
            for (int i = 0; i < n; i++) {
                if (path[i] != null) {
                    take(i, path[i], k);
                } else if (replayed[i]) {
                    load(i, replayFrom, replayFrom.cell(k, shared[i]));
                } else {
                    move(i);
                    if (recording != null) {
                        save(i, recording, recording.cell(k, i));
                    }
                }
            }
            if (recording != null) {
                for (int e = 0; e < recordEgoCount; e++) {
                    if (k < recordHorizons[e]) {
                        double gap = gapOf(recordEgos[e]);
                        if (gap < 0 && recording.firstOverlap[e] == Integer.MAX_VALUE) {
                            recording.firstOverlap[e] = k + 1;
                        }
                        recording.minGap[e] = Math.min(recording.minGap[e], gap);
                    }
                }
                continue;
            }
            double gap = gapOf(0);
            if (gap < 0 && firstOverlap == Integer.MAX_VALUE) {
                firstOverlap = k + 1;
            }
            minGap = Math.min(minGap, gap);
            if (rivalOverlap >= 0 && (firstOverlap < rivalOverlap || firstOverlap == rivalOverlap && minGap <= rivalGap)) {
                lost = true;
                break;
            }
        }
        replayFrom = null;
        return minGap;
    }

    private void startReplay() {
        if (sceneOf.length < replayFrom.width) {
            sceneOf = new int[replayFrom.width];
        }
        Arrays.fill(sceneOf, 0, replayFrom.width, -1);
        changedCount = 0;
        for (int i = 0; i < n; i++) {
            if (shared[i] >= 0) {
                sceneOf[shared[i]] = i;
            }
            if (changed[i]) {
                changedList[changedCount++] = i;
            }
            if (shared[i] < 0) {
                replayed[i] = false;
            }
        }
    }

    private void change(int i) {
        changed[i] = true;
        changedList[changedCount++] = i;
    }

    /**
     * Whether driver i does at step k what it did in the shared roll-out: every neighbour it found
     * there is in this scene and unchanged, and no changed vehicle would be found instead (ties
     * count as found: then it is simulated, which is always exact).
     */
    private boolean replayable(int i, int k) {
        Recording from = replayFrom;
        int cell = from.cell(k, shared[i]);
        double xi = x[i];
        for (int s = from.searchStart[cell], end = from.searchStart[cell + 1]; s < end; s++) {
            int found = from.searchFound[s];
            int local = -1;
            if (found >= 0) {
                local = sceneOf[found];
                if (local < 0 || changed[local]) {
                    return false;
                }
            }
            Lane in = from.searchLane[s];
            boolean ahead = from.searchAhead[s];
            for (int c = 0; c < changedCount; c++) {
                int d = changedList[c];
                if (lane[d] != in && other[d] != in) {
                    continue;
                }
                double xd = x[d];
                if (ahead ? xd > xi && (local < 0 || xd <= x[local]) : xd <= xi && (local < 0 || xd >= x[local])) {
                    return false;
                }
            }
        }
        return true;
    }

    private void save(int i, Recording into, int cell) {
        write(i, into.state, Recording.STRIDE * cell, into.lanes, 4 * cell);
    }

    private void load(int i, Recording from, int cell) {
        read(i, from.state, Recording.STRIDE * cell, from.lanes, 4 * cell);
    }

    /** Vehicle i's six state numbers into {@code state} from {@code at}, its two lanes into {@code lanes} from {@code lanesAt}. */
    private void write(int i, double[] state, int at, Lane[] lanes, int lanesAt) {
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
    private void read(int i, double[] state, int at, Lane[] lanes, int lanesAt) {
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

    /**
     * Traces the scene's only vehicle, a CAV, alone into {@code into} until it holds {@code steps}
     * states: the same arithmetic as a roll-out, which a CAV's own prediction does not depend on.
     * If {@code into} already holds states, the CAV goes on from its last one (the scene's own
     * start is then not used).
     */
    void trace(CavPath into, int steps) {
        into.reserve(steps);
        if (into.length > 0) {
            take(0, into, into.length - 1);
        }
        for (int k = into.length; k < steps; k++) {
            accelerate(0);
            move(0);
            write(0, into.state, CavPath.STRIDE * k, into.lanes, 2 * k);
        }
        into.length = steps;
    }

    /**
     * Whether the scene's only vehicle, a CAV as {@link #addCav(Vehicle, MetaAction, boolean)} left
     * it, starts exactly where {@code earlier} was after its state k, with the same target lane and
     * speed: then its path from here is {@code earlier}'s from there.
     */
    boolean startsAt(CavPath earlier, int k) {
        return earlier.target == target[0]
                && Double.doubleToRawLongBits(earlier.wanted) == Double.doubleToRawLongBits(wanted[0])
                && earlier.stateIs(k, x[0], y[0], h[0], v[0], lane[0], other[0]);
    }

    /** The target lane of vehicle 0. */
    Lane targetOfFirst() {
        return target[0];
    }

    /** The target speed of vehicle 0, m/s. */
    double wantedOfFirst() {
        return wanted[0];
    }

    /** Vehicle i takes its traced state after step k. */
    private void take(int i, CavPath traced, int k) {
        read(i, traced.state, CavPath.STRIDE * k, traced.lanes, 2 * k);
    }

    /** Vehicle i's state after the last {@link #rollOut} into {@code into}: x, y (metres), heading (radians), speed (m/s). */
    void state(int i, double[] into) {
        into[0] = x[i];
        into[1] = y[i];
        into[2] = h[i];
        into[3] = v[i];
    }

    /** Whether the last {@link #rollOut} stopped early, beaten by its rival. */
    boolean lost() {
        return lost;
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
        if (recordInto != null) {
            recordInto.search(in, true, found);
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
        if (recordInto != null) {
            recordInto.search(in, false, found);
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
        return law(i, gap, leaderSpeed);
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
        return Idm.acceleration(judge, judgeScale, gapForm, v[f], wanted[f], gap, leaderSpeed);
    }

    /** Human driver i's own law ({@link Driver#acceleration}, with the IDM's constant term computed once). */
    private double law(int i, double gap, double leaderSpeed) {
        LinearParameters linear = driver[i].linear();
        return linear == null ? Idm.acceleration(driver[i].idm(), brakingScale[i], gapForm, v[i], wanted[i], gap,
                leaderSpeed)
                : linear.acceleration(v[i], wanted[i], gap, leaderSpeed);
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
        double xi = x[i];
        int found = -1;
        for (int j = 0; j < n; j++) {
            if (j != i && x[j] > xi && (lane[j] == in || other[j] == in)) {
                double g = x[j] - xi - Vehicle.LENGTH;
                if (g < gap) {
                    gap = g;
                    leaderSpeed = v[j];
                    found = j;
                }
            }
        }
        if (recordInto != null) {
            recordInto.search(in, true, found);
        }
        double obstacle = in == target[i] ? Traffic.obstacleGap(xi, in) : Double.POSITIVE_INFINITY;
        if (obstacle < gap) {
            gap = obstacle;
            leaderSpeed = 0;
        }
        return law(i, gap, leaderSpeed);
    }

    private void move(int i) {
        if (other[i] == null) {
            Lane l = lane[i];
            if (l.straightAt(x[i]) && h[i] == 0) {
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
            turn(i);
        }
        double next = v[i] + a[i] * dt;
        v[i] = next > 0 ? next : 0;
    }

    /** The cosine of vehicle i's heading: kept from {@link #turn} (the same number), or computed. */
    private double cos(int i) {
        return trig[i] ? cosH[i] : Math.cos(h[i]);
    }

    /**
     * Vehicle e's smallest gap at this step (e is the ego, or any CAV in the shared roll-out): to
     * every footprint whose lateral extent overlaps its own, the longitudinal distance between their extents, negative when the rectangles
     * themselves overlap; likewise to the obstacles.
     */
    private double gapOf(int e) {
        double gap = Double.POSITIVE_INFINITY;
        double ex = extentX[e];
        double ey = extentY[e];
        double x0 = x[e];
        double y0 = y[e];
        for (int j = 0; j < n; j++) {
            if (j == e || Math.abs(y[j] - y0) >= ey + extentY[j]) {
                continue;
            }
            double g = Math.abs(x[j] - x0) - ex - extentX[j];
            if (g < 0 && !Footprint.overlap(x0, y0, h[e], 2 * halfLength, 2 * halfWidth, x[j], y[j], h[j],
                    2 * halfLength, 2 * halfWidth)) {
                g = 0;
            }
            if (g < gap) {
                gap = g;
            }
        }
        for (int o = 0; o < obstacleX.length; o++) {
            double ox = obstacleX[o];
            double oy = obstacleY[o];
            if (Math.abs(oy - y0) >= ey + obstacleHalf) {
                continue;
            }
            double g = Math.abs(ox - x0) - ex - obstacleHalf;
            if (g < 0 && !Footprint.overlap(x0, y0, h[e], 2 * halfLength, 2 * halfWidth, ox, oy, 0,
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
        changedList = Arrays.copyOf(changedList, size);
    }
}
