package org.agora.vehicles.safety;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.agora.core.kernel.RandomStream;
import org.agora.vehicles.cav.CavControl;
import org.agora.vehicles.cav.MetaAction;
import org.agora.vehicles.driver.GapForm;
import org.agora.vehicles.road.Road;
import org.agora.vehicles.traffic.Controllers;
import org.agora.vehicles.traffic.Traffic;
import org.agora.vehicles.traffic.Vehicle;

/**
 * The Safety Enhanced Module of MAPPO-PIS. At each decision step it takes the CAVs in priority
 * order (most urgent first, {@link Priority}) and, for each, predicts it and its neighbours over
 * the horizon with the simulation's own dynamics, together with every vehicle within
 * {@link #NEIGHBOURHOOD} of one of the CAVs deciding now (one scene for all of them): human drivers
 * by their car-following law with a ±noise factor and by MOBIL at their own lane-change decision times, CAVs already checked by their
 * final actions, the others by the actions their policies proposed. If the ego's footprint would
 * overlap another vehicle's or an obstacle closing a lane, the action is replaced by the available
 * action with the largest smallest longitudinal gap over the horizon (the proposed action keeps
 * ties).
 *
 * <p>Agora's additions, each for a collision the reference's rules let through:
 * <ul>
 *   <li>footprints are rectangles turned by the vehicles' headings and compared at the size the
 *       collision test uses ({@code footprintScale} 1.0 in the merge world; the reference scales by
 *       0.9 because highway-env detects collisions at that scale);</li>
 *   <li>among actions that all overlap, the one whose first overlap comes latest is chosen (the
 *       largest gap breaks ties): the smallest gap of overlapping trajectories saturates near
 *       minus a car length and says little, while a later conflict leaves more decision steps;</li>
 *   <li>if every meta-action overlaps and braking to a stop does better, the module brakes: IDLE
 *       with target speed 0 at up to 9 m/s² (the slowest meta-action still tracks 10 m/s);</li>
 *   <li>the horizon is stretched to the ego's stopping time at 9 m/s² plus one second when that is
 *       longer, so that a conflict shows while braking can still avoid it;</li>
 *   <li>the scene is the same for all deciding CAVs: a window around each ego made the drivers at its
 *       edge lose their leaders and drive on as on a free road.</li>
 * </ul>
 *
 * <p>The module sees every CAV's proposed action at the decision instant, as the reference code's
 * supervisor does; the lossy sidelink carries intents to the policies.
 *
 * <p>How it is made fast without changing a decision (the plain version in the tests is its oracle,
 * compared bit for bit on random scenes and whole episodes): a CAV's prediction does not depend on
 * the vehicles around it, so each CAV's path under each action is traced once per call
 * ({@link CavPath}); the scene shared by all deciding CAVs is rolled out once with the proposed
 * actions, measuring every CAV's gaps on the way ({@link Recording}), which answers every CAV
 * checked before the first override; later predictions (candidate actions, CAVs after an override)
 * replay each human driver from that record for as long as it provably does the same and simulate
 * it from there; a candidate's roll-out stops as soon as it cannot beat the best so far; footprint
 * extents are recomputed only when a heading changes; nothing is allocated while rolling out.
 * Belongs to the simulation thread.
 */
public final class SafetyModule implements Supervisor {

    /** Gaps are capped at this many metres (nothing in the way). */
    public static final double GAP_CAP = 200.0;
    /** Vehicles farther than this (metres, along the road) from every deciding CAV are left out of the predictions. */
    public static final double NEIGHBOURHOOD = 120.0;

    private final Road road;
    private final double dt;
    private final int steps;
    private final double noise;
    private final Scene scene;
    /** The actions, braking flags and noise factors of the current call, by position in the traffic's list. */
    private MetaAction[] actions = new MetaAction[16];
    private boolean[] braking = new boolean[16];
    private double[] noiseFactors = new double[16];
    /** The CAVs' traced paths, by position in the traffic's list, then by action and braking flag. */
    private CavPath[][] paths = new CavPath[16][];
    /** The paths of the previous call, by position then (a CAV's path goes on from one of them where it can). */
    private CavPath[][] earlier = new CavPath[16][];
    private final Scene tracer;
    /** The shared roll-out of the vehicles near the deciding CAVs, its scene, and who is where in it. */
    private final Recording recording = new Recording();
    private final Scene sharedScene;
    private boolean sharing;
    /** Each vehicle's position in the shared roll-out (−1: not in it), and the CAVs' actions there. */
    private int[] sharedIndex = new int[16];
    private MetaAction[] sharedAction = new MetaAction[16];
    private boolean[] sharedBrake = new boolean[16];
    private int[] egos = new int[16];
    /** The path of each CAV of the last call under its final action, by position in its list. */
    private CavPath[] chosenPaths = new CavPath[16];
    private int[] egoHorizons = new int[16];
    /** Counts calls; a path traced in an earlier call is stale. */
    private long calls;
    /** The longest horizon of the current call, steps: paths are traced that far at once. */
    private int longest;

    /**
     * @param road the road
     * @param dt the simulation step, seconds
     * @param steps the horizon in simulation steps
     * @param noise the relative spread of the human drivers' predicted accelerations (0.05 for ±5%)
     * @param footprintScale the factor on lengths and widths of the footprints compared (1.0: the
     *     collision test's size; the reference's 0.9 lets through overlaps of up to half a metre)
     */
    public SafetyModule(Road road, double dt, int steps, double noise, double footprintScale) {
        this(road, dt, steps, noise, footprintScale, GapForm.BUMPER);
    }

    /** The same predicting the human drivers with the IDM's gap measured as {@code gapForm} says (as the traffic does). */
    public SafetyModule(Road road, double dt, int steps, double noise, double footprintScale, GapForm gapForm) {
        this.road = road;
        this.dt = dt;
        this.steps = steps;
        this.noise = noise;
        this.scene = new Scene(road, dt, footprintScale, gapForm);
        this.tracer = new Scene(road, dt, footprintScale, gapForm);
        this.sharedScene = new Scene(road, dt, footprintScale, gapForm);
    }

    /**
     * Checks every CAV's proposed action, in priority order.
     *
     * @param traffic the traffic, sensed this step
     * @param cavs the CAVs deciding now
     * @param proposed their proposed actions, by position in {@code cavs}
     * @param random the stream the noise factors are drawn from (one per human driver per call)
     * @return one decision per CAV, in priority order
     */
    @Override
    public List<SafetyDecision> supervise(Traffic traffic, List<Vehicle> cavs, MetaAction[] proposed, RandomStream random) {
        List<Vehicle> vehicles = traffic.vehicles();
        prepare(vehicles.size());
        for (int t = 0; t < vehicles.size(); t++) {
            Vehicle vehicle = vehicles.get(t);
            actions[t] = MetaAction.IDLE;
            braking[t] = false;
            noiseFactors[t] = vehicle.isCav() ? 1.0 : 1 + noise * (2 * random.nextDouble() - 1);
        }
        int deciding = cavs.size();
        Integer[] order = new Integer[deciding];
        double[] priorities = new double[deciding];
        int[] positions = new int[deciding];
        for (int i = 0; i < deciding; i++) {
            order[i] = i;
            priorities[i] = Priority.of(cavs.get(i), road);
            positions[i] = vehicles.indexOf(cavs.get(i));
            actions[positions[i]] = proposed[i];
        }
        Arrays.sort(order, (p, q) -> {
            int byPriority = Double.compare(priorities[p], priorities[q]);
            return byPriority != 0 ? byPriority : Integer.compare(p, q);
        });
        longest = steps;
        for (Vehicle cav : cavs) {
            longest = Math.max(longest, horizon(cav));
        }
        share(traffic, cavs, positions);
        boolean asShared = sharing;
        if (chosenPaths.length < deciding) {
            chosenPaths = new CavPath[Math.max(deciding, 2 * chosenPaths.length)];
        }
        List<SafetyDecision> decisions = new ArrayList<>(deciding);
        for (int i : order) {
            Vehicle ego = cavs.get(i);
            int position = positions[i];
            MetaAction wanted = proposed[i];
            double wantedGap;
            int wantedOverlap;
            if (asShared) {
                wantedGap = recording.minGap[i];
                wantedOverlap = recording.firstOverlap[i];
            } else {
                wantedGap = gap(traffic, ego, position, wanted, false, -1, 0);
                wantedOverlap = scene.firstOverlap();
            }
            MetaAction chosen = wanted;
            double chosenGap = wantedGap;
            int chosenOverlap = wantedOverlap;
            boolean brake = false;
            if (wantedGap < 0) {
                for (MetaAction candidate : MetaAction.values()) {
                    if (candidate == wanted || !CavControl.available(road, ego, candidate)) {
                        continue;
                    }
                    double gap = gap(traffic, ego, position, candidate, false, chosenOverlap, chosenGap);
                    int overlap = scene.firstOverlap();
                    if (!scene.lost() && better(overlap, gap, chosenOverlap, chosenGap)) {
                        chosen = candidate;
                        chosenGap = gap;
                        chosenOverlap = overlap;
                    }
                }
                if (chosenGap < 0) {
                    double gap = gap(traffic, ego, position, MetaAction.IDLE, true, chosenOverlap, chosenGap);
                    int overlap = scene.firstOverlap();
                    if (!scene.lost() && better(overlap, gap, chosenOverlap, chosenGap)) {
                        chosen = MetaAction.IDLE;
                        chosenGap = gap;
                        chosenOverlap = overlap;
                        brake = true;
                        braking[position] = true;
                    }
                }
            }
            actions[position] = chosen;
            chosenPaths[i] = path(traffic, ego, position, chosen, brake, steps);
            asShared &= !brake && chosen == wanted;
            decisions.add(new SafetyDecision(ego, priorities[i], wanted, chosen, wantedGap, chosenGap,
                    seconds(wantedOverlap), seconds(chosenOverlap), brake));
        }
        return decisions;
    }

    /**
     * The states the safety module predicted for the CAV at {@code index} in the last
     * {@link #supervise} call's list under its final action (braking to a stop if it brakes): the
     * first {@code x.length} states, one simulation step apart from one step after the call, copied
     * into the arrays. They are the CAV's own trajectory with the simulation's dynamics, which is
     * what its intent announces ({@link org.agora.vehicles.intent.IntentPredictor} computes the same
     * numbers). Valid until the next call.
     *
     * @return false if the prediction is shorter than the arrays (nothing copied)
     */
    @Override
    public boolean chosenTrajectory(int index, double[] x, double[] y, double[] heading, double[] speed) {
        CavPath path = chosenPaths[index];
        if (path == null || path.traced != calls || path.length < x.length) {
            return false;
        }
        double[] state = path.state;
        for (int k = 0, at = 0; k < x.length; k++, at += CavPath.STRIDE) {
            x[k] = state[at];
            y[k] = state[at + 1];
            heading[k] = state[at + 2];
            speed[k] = state[at + 3];
        }
        return true;
    }

    private double seconds(int step) {
        return step == Integer.MAX_VALUE ? Double.POSITIVE_INFINITY : step * dt;
    }

    /**
     * Whether an outcome (first overlapping step, smallest gap) is better than another: without
     * overlap, the larger gap; an overlap later in the horizon beats an earlier one (it leaves more
     * decision steps to avoid it), and at the same step the larger (less negative) gap.
     */
    private static boolean better(int overlap, double gap, int thanOverlap, double thanGap) {
        return overlap != thanOverlap ? overlap > thanOverlap : gap > thanGap;
    }

    /**
     * The ego's smallest predicted gap over the horizon (metres, capped at {@link #GAP_CAP};
     * negative = a predicted overlap) if it takes {@code action} while the other CAVs take theirs
     * from {@code cavActions} (IDLE if absent) and the human drivers' accelerations are scaled by
     * {@code noiseFactors} (1 if absent).
     */
    public double minimumGap(Traffic traffic, Vehicle ego, MetaAction action, Map<Vehicle, MetaAction> cavActions,
            Map<Vehicle, Double> noiseFactors) {
        List<Vehicle> vehicles = traffic.vehicles();
        prepare(vehicles.size());
        for (int t = 0; t < vehicles.size(); t++) {
            Vehicle vehicle = vehicles.get(t);
            actions[t] = cavActions.getOrDefault(vehicle, MetaAction.IDLE);
            braking[t] = false;
            this.noiseFactors[t] = noiseFactors.getOrDefault(vehicle, 1.0);
        }
        longest = horizon(ego);
        sharing = false;
        return gap(traffic, ego, vehicles.indexOf(ego), action, false, -1, 0);
    }

    /** Makes the per-vehicle arrays (by position in the traffic's list) hold {@code size} vehicles. */
    private void prepare(int size) {
        if (actions.length < size) {
            int capacity = Math.max(size, 2 * actions.length);
            actions = new MetaAction[capacity];
            braking = new boolean[capacity];
            noiseFactors = new double[capacity];
            paths = Arrays.copyOf(paths, capacity);
            earlier = Arrays.copyOf(earlier, capacity);
            sharedIndex = new int[capacity];
            sharedAction = new MetaAction[capacity];
            sharedBrake = new boolean[capacity];
        }
        CavPath[][] swap = earlier;
        earlier = paths;
        paths = swap;
        calls++;
    }

    /** The path of the CAV at {@code position} in the traffic's list under {@code action}, traced over at least {@code steps}. */
    private CavPath path(Traffic traffic, Vehicle cav, int position, MetaAction action, boolean brake, int steps) {
        CavPath[] own = paths[position];
        if (own == null) {
            own = new CavPath[2 * MetaAction.values().length];
            paths[position] = own;
        }
        int slot = 2 * action.ordinal() + (brake ? 1 : 0);
        CavPath path = own[slot];
        if (path == null) {
            path = new CavPath();
            own[slot] = path;
        }
        if (path.traced != calls || path.length < steps) {
            double now = traffic.time();
            tracer.clear(now);
            tracer.addCav(cav, action, brake);
            if (path.traced != calls) {
                path.traced = calls;
                path.owner = cav;
                path.target = tracer.targetOfFirst();
                path.wanted = tracer.wantedOfFirst();
                path.length = 0;
                path.start = now;
                continueEarlier(cav, position, path, now);
            }
            tracer.trace(path, Math.max(steps, longest));
        }
        return path;
    }

    /**
     * Starts {@code path} (empty, for the CAV the tracer holds) as the rest of a path the previous
     * call traced for the same CAV if the CAV is now exactly in one of its states with the same
     * target lane and speed (it took that action since, and its dynamics are the trace's).
     */
    private void continueEarlier(Vehicle cav, int position, CavPath path, double now) {
        CavPath[] own = earlierPaths(cav, position);
        if (own == null) {
            return;
        }
        for (CavPath candidate : own) {
            if (candidate == null || candidate.traced != calls - 1 || candidate.owner != cav) {
                continue;
            }
            int k = (int) Math.round((now - candidate.start) / dt) - 1;
            if (k >= 0 && k < candidate.length && tracer.startsAt(candidate, k)) {
                path.continueFrom(candidate, k, now);
                return;
            }
        }
    }

    /**
     * The paths the previous call traced for {@code cav}, which was then at {@code position} or
     * after it (vehicles leave the traffic's list, they never enter before others).
     */
    private CavPath[] earlierPaths(Vehicle cav, int position) {
        for (int p = position; p < earlier.length; p++) {
            CavPath[] own = earlier[p];
            if (own != null && tracedFor(own, cav)) {
                return own;
            }
        }
        return null;
    }

    private boolean tracedFor(CavPath[] own, Vehicle cav) {
        for (CavPath path : own) {
            if (path != null && path.owner == cav && path.traced == calls - 1) {
                return true;
            }
        }
        return false;
    }

    /**
     * Rolls the ego's scene out under {@code action} (braking to a stop if {@code brake}) with the
     * other CAVs' actions and the drivers' noise factors of the per-vehicle arrays; stops early if
     * it cannot beat the rival outcome ({@code rivalOverlap} < 0: none).
     */
    private double gap(Traffic traffic, Vehicle ego, int egoPosition, MetaAction action, boolean brake, int rivalOverlap,
            double rivalGap) {
        int horizon = horizon(ego);
        scene.clear(traffic.time());
        if (sharing) {
            scene.addCav(ego, action, brake, path(traffic, ego, egoPosition, action, brake, horizon),
                    sharedIndex[egoPosition], action == sharedAction[egoPosition] && brake == sharedBrake[egoPosition]);
        } else {
            scene.addCav(ego, action, brake, path(traffic, ego, egoPosition, action, brake, horizon));
        }
        List<Vehicle> vehicles = traffic.vehicles();
        double egoX = ego.x();
        for (int t = 0, count = vehicles.size(); t < count; t++) {
            Vehicle other = vehicles.get(t);
            if (other == ego || (sharing ? sharedIndex[t] < 0 : Math.abs(other.x() - egoX) > NEIGHBOURHOOD)) {
                continue;
            }
            if (other.isCav()) {
                CavPath traced = path(traffic, other, t, actions[t], braking[t], horizon);
                if (sharing) {
                    scene.addCav(other, actions[t], braking[t], traced, sharedIndex[t],
                            actions[t] == sharedAction[t] && braking[t] == sharedBrake[t]);
                } else {
                    scene.addCav(other, actions[t], braking[t], traced);
                }
            } else if (sharing) {
                scene.addHuman(other, noiseFactors[t], sharedIndex[t]);
            } else {
                scene.addHuman(other, noiseFactors[t]);
            }
        }
        if (sharing) {
            scene.replay(recording);
        }
        return scene.rollOut(horizon, GAP_CAP, rivalOverlap, rivalGap);
    }

    /**
     * With two or more CAVs deciding, rolls out once every vehicle within {@link #NEIGHBOURHOOD} of
     * one of them, with the actions proposed, over the longest horizon, and records it: each
     * CAV's prediction then replays the drivers of its own scene from this record for as long as
     * that is exact, instead of simulating them again.
     */
    private void share(Traffic traffic, List<Vehicle> cavs, int[] positions) {
        sharing = false;
        if (cavs.size() < 2) {
            return;
        }
        List<Vehicle> vehicles = traffic.vehicles();
        sharedScene.clear(traffic.time());
        int members = 0;
        for (int t = 0, count = vehicles.size(); t < count; t++) {
            Vehicle vehicle = vehicles.get(t);
            sharedIndex[t] = -1;
            boolean near = false;
            for (int c = 0; c < cavs.size() && !near; c++) {
                near = Math.abs(vehicle.x() - cavs.get(c).x()) <= NEIGHBOURHOOD;
            }
            if (!near) {
                continue;
            }
            sharedIndex[t] = members++;
            if (vehicle.isCav()) {
                sharedAction[t] = actions[t];
                sharedBrake[t] = braking[t];
                sharedScene.addCav(vehicle, actions[t], braking[t], path(traffic, vehicle, t, actions[t], braking[t], longest));
            } else {
                sharedScene.addHuman(vehicle, noiseFactors[t]);
            }
        }
        if (egos.length < cavs.size()) {
            egos = new int[cavs.size()];
            egoHorizons = new int[cavs.size()];
        }
        for (int c = 0; c < cavs.size(); c++) {
            egos[c] = sharedIndex[positions[c]];
            egoHorizons[c] = horizon(cavs.get(c));
        }
        sharedScene.record(recording, longest, egos, egoHorizons, cavs.size());
        sharing = true;
    }

    /** The ego's horizon, steps: the configured one, or its stopping time at 9 m/s² plus one second when longer. */
    private int horizon(Vehicle ego) {
        int stopping = (int) Math.ceil((ego.speed() / Controllers.EMERGENCY_BRAKING + 1.0) / dt);
        return Math.max(steps, stopping);
    }
}
