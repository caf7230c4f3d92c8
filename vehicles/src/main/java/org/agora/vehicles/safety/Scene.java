package org.agora.vehicles.safety;

import org.agora.vehicles.cav.CavControl;
import org.agora.vehicles.cav.MetaAction;
import org.agora.vehicles.driver.GapForm;
import org.agora.vehicles.driver.Idm;
import org.agora.vehicles.road.Lane;
import org.agora.vehicles.road.Road;
import org.agora.vehicles.traffic.Traffic;
import org.agora.vehicles.traffic.Vehicle;

/**
 * A copy of the vehicles around one CAV, rolled forward over the safety horizon with the same
 * dynamics as {@link Traffic}: human drivers by their car-following law (scaled by a noise factor)
 * and MOBIL at their own lane-change decision times, CAVs by their actions. Measures the ego's
 * smallest longitudinal gap to any footprint (scaled) that overlaps its own laterally, and to the
 * obstacles closing lanes.
 *
 * <p>The scene steps its parts in the traffic's order: {@link SceneDrivers} decide (lane changes,
 * accelerations), {@link SceneVehicles} move, {@link Clearance} measures; {@link SharedReplay}
 * lets drivers who do what they did in the shared roll-out ({@link Recording}) take their recorded
 * states, and CAVs with a traced path ({@link CavPath}) take theirs. Arrays reused between
 * predictions, nothing allocated while rolling out. A roll-out may be told the outcome it has to
 * beat and then stops as soon as it cannot. The arithmetic is the straightforward version's,
 * operation for operation, so that predictions are bit for bit the same (a test compares them).
 * Belongs to the simulation thread.
 */
final class Scene {

    private final Road road;
    private final double dt;
    private final SceneVehicles s;
    private final SceneDrivers drivers;
    private final Clearance clearance;
    private final SharedReplay replay;
    private double time;
    private int firstOverlap = Integer.MAX_VALUE;
    private boolean lost;
    /** Where this roll-out records what its drivers do (the shared roll-out), or null. */
    private Recording recordInto;
    /** The shared roll-out the next roll-out replays drivers from, or null. */
    private Recording replayFrom;
    /** The CAVs whose gaps the shared roll-out measures (positions in it), and their horizons in steps. */
    private int[] recordEgos;
    private int[] recordHorizons;
    private int recordEgoCount;

    Scene(Road road, double dt, double scale, GapForm gapForm) {
        this.road = road;
        this.dt = dt;
        double halfLength = scale * Vehicle.LENGTH / 2;
        double halfWidth = scale * Vehicle.WIDTH / 2;
        this.s = new SceneVehicles(halfLength, halfWidth);
        this.drivers = new SceneDrivers(road, gapForm, s);
        this.clearance = new Clearance(road, halfLength, halfWidth, scale * Lane.OBSTACLE_HALF_LENGTH);
        this.replay = new SharedReplay(s);
    }

    /** Empties the scene, whose first step will be the one at {@code now} (seconds). */
    void clear(double now) {
        s.n = 0;
        time = now;
    }

    /** Adds a human-driven vehicle whose accelerations are scaled by {@code noiseFactor}. */
    void addHuman(Vehicle vehicle, double noiseFactor) {
        int i = s.add(vehicle);
        s.cav[i] = false;
        s.driver[i] = vehicle.driver();
        s.wanted[i] = vehicle.desiredSpeed();
        s.noise[i] = noiseFactor;
        s.decision[i] = vehicle.nextLaneDecision();
        s.brakingScale[i] = Idm.brakingScale(s.driver[i].idm());
    }

    /**
     * Adds a human driver who is at {@code sharedIndex} in the shared roll-out a later
     * {@link #replay} names: it is replayed from there for as long as that is exact.
     */
    void addHuman(Vehicle vehicle, double noiseFactor, int sharedIndex) {
        addHuman(vehicle, noiseFactor);
        s.shared[s.n - 1] = sharedIndex;
        s.replayed[s.n - 1] = true;
    }

    /**
     * Adds a CAV with its traced path that is at {@code sharedIndex} in the shared roll-out, where
     * it took {@code sameAsShared} the same action (else it counts as changed).
     */
    void addCav(Vehicle vehicle, MetaAction action, boolean brake, CavPath traced, int sharedIndex, boolean sameAsShared) {
        addCav(vehicle, action, brake, traced);
        s.shared[s.n - 1] = sharedIndex;
        s.changed[s.n - 1] = !sameAsShared;
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
        into.reset(s.n, steps);
        recordInto = into;
        drivers.recordInto(into);
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
            drivers.recordInto(null);
        }
        into.searchStart[s.n * steps] = into.searches;
    }

    /**
     * Adds a CAV whose states over the roll-out are {@code traced} (by {@link #trace} with the same
     * action, braking flag and horizon at least as long).
     */
    void addCav(Vehicle vehicle, MetaAction action, boolean brake, CavPath traced) {
        addCav(vehicle, action, brake);
        s.path[s.n - 1] = traced;
    }

    /** Adds a CAV that takes {@code action} now, braking to a stop if {@code brake}. */
    void addCav(Vehicle vehicle, MetaAction action, boolean brake) {
        int i = s.add(vehicle);
        s.cav[i] = true;
        s.driver[i] = null;
        s.wanted[i] = brake ? 0 : CavControl.targetSpeedAfter(vehicle, action);
        s.noise[i] = 1;
        Lane goal = CavControl.targetLaneAfter(road, vehicle, action);
        s.target[i] = goal;
        if (s.other[i] == null && goal != s.lane[i]) {
            s.other[i] = goal;
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
        SceneVehicles s = this.s;
        double minGap = cap;
        firstOverlap = Integer.MAX_VALUE;
        lost = false;
        Recording recording = recordInto;
        replay.start(replayFrom);
        Recording from = replayFrom;
        int n = s.n;
        for (int k = 0; k < steps; k++) {
            double now = time + k * dt;
            for (int i = 0; i < n; i++) {
                if (recording != null) {
                    recording.searchStart[recording.cell(k, i)] = recording.searches;
                }
                if (s.path[i] != null) {
                    continue;
                }
                boolean due = !s.cav[i] && s.other[i] == null && now >= s.decision[i];
                if (due) {
                    double period = s.driver[i].mobil().decisionPeriod();
                    while (s.decision[i] <= now) {
                        s.decision[i] += period;
                    }
                }
                if (s.replayed[i]) {
                    if (replay.replayable(i, k)) {
                        int cell = 4 * from.cell(k, s.shared[i]);
                        s.other[i] = from.lanes[cell + 2];
                        s.target[i] = from.lanes[cell + 3];
                        continue;
                    }
                    s.replayed[i] = false;
                    replay.change(i);
                }
                if (due) {
                    drivers.decideLaneChange(i);
                }
                drivers.accelerate(i);
                if (recording != null) {
                    int cell = 4 * recording.cell(k, i);
                    recording.lanes[cell + 2] = s.other[i];
                    recording.lanes[cell + 3] = s.target[i];
                }
            }
            for (int i = 0; i < n; i++) {
                if (s.path[i] != null) {
                    take(i, s.path[i], k);
                } else if (s.replayed[i]) {
                    load(i, from, from.cell(k, s.shared[i]));
                } else {
                    s.move(i, dt);
                    if (recording != null) {
                        save(i, recording, recording.cell(k, i));
                    }
                }
            }
            if (recording != null) {
                for (int e = 0; e < recordEgoCount; e++) {
                    if (k < recordHorizons[e]) {
                        double gap = clearance.of(s, recordEgos[e]);
                        if (gap < 0 && recording.firstOverlap[e] == Integer.MAX_VALUE) {
                            recording.firstOverlap[e] = k + 1;
                        }
                        recording.minGap[e] = Math.min(recording.minGap[e], gap);
                    }
                }
                continue;
            }
            double gap = clearance.of(s, 0);
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
        replay.stop();
        return minGap;
    }

    private void save(int i, Recording into, int cell) {
        s.write(i, into.state, Recording.STRIDE * cell, into.lanes, 4 * cell);
    }

    private void load(int i, Recording from, int cell) {
        s.read(i, from.state, Recording.STRIDE * cell, from.lanes, 4 * cell);
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
            drivers.accelerate(0);
            s.move(0, dt);
            s.write(0, into.state, CavPath.STRIDE * k, into.lanes, 2 * k);
        }
        into.length = steps;
    }

    /**
     * Whether the scene's only vehicle, a CAV as {@link #addCav(Vehicle, MetaAction, boolean)} left
     * it, starts exactly where {@code earlier} was after its state k, with the same target lane and
     * speed: then its path from here is {@code earlier}'s from there.
     */
    boolean startsAt(CavPath earlier, int k) {
        return earlier.target == s.target[0]
                && Double.doubleToRawLongBits(earlier.wanted) == Double.doubleToRawLongBits(s.wanted[0])
                && earlier.stateIs(k, s.x[0], s.y[0], s.h[0], s.v[0], s.lane[0], s.other[0]);
    }

    /** The target lane of vehicle 0. */
    Lane targetOfFirst() {
        return s.target[0];
    }

    /** The target speed of vehicle 0, m/s. */
    double wantedOfFirst() {
        return s.wanted[0];
    }

    /** Vehicle i takes its traced state after step k. */
    private void take(int i, CavPath traced, int k) {
        s.read(i, traced.state, CavPath.STRIDE * k, traced.lanes, 2 * k);
    }

    /** Vehicle i's state after the last {@link #rollOut} into {@code into}: x, y (metres), heading (radians), speed (m/s). */
    void state(int i, double[] into) {
        into[0] = s.x[i];
        into[1] = s.y[i];
        into[2] = s.h[i];
        into[3] = s.v[i];
    }

    /** Whether the last {@link #rollOut} stopped early, beaten by its rival. */
    boolean lost() {
        return lost;
    }

    /** The step (from 1) at which the last {@link #rollOut} first found an overlap, or {@link Integer#MAX_VALUE} if none. */
    int firstOverlap() {
        return firstOverlap;
    }
}
