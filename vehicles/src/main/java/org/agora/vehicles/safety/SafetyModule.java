package org.agora.vehicles.safety;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.agora.core.kernel.RandomStream;
import org.agora.vehicles.cav.CavControl;
import org.agora.vehicles.cav.MetaAction;
import org.agora.vehicles.road.Lane;
import org.agora.vehicles.road.Road;
import org.agora.vehicles.traffic.Controllers;
import org.agora.vehicles.traffic.Traffic;
import org.agora.vehicles.traffic.Vehicle;

/**
 * The Safety Enhanced Module of MAPPO-PIS. At each decision step it takes the CAVs in priority
 * order (most urgent first, {@link Priority}) and, for each, predicts it and its neighbours over
 * the horizon: human drivers by their car-following law with a ±noise factor and the lane change
 * MOBIL recommends now, CAVs already checked by their final actions, the others by the actions
 * their policies proposed. If the ego's scaled footprint would overlap another vehicle's or the
 * obstacle closing its lane, the action is replaced by the available action with the largest
 * smallest longitudinal gap over the horizon (the proposed action keeps ties). If even that one
 * overlaps and braking to a stop (target speed 0, lane kept: Agora's addition, since the slowest
 * meta-action still tracks 10 m/s) gives a larger gap, the module brakes: IDLE with target speed 0.
 * The horizon is stretched to the ego's stopping time at 9 m/s² plus one second when that is
 * longer, so a conflict shows while braking can still avoid it (Agora's addition too).
 *
 * <p>The module sees every CAV's chosen action at the decision instant, as the reference code's
 * supervisor does; the lossy sidelink carries intents to the policies. Belongs to the simulation thread.
 */
public final class SafetyModule {

    /** Gaps are capped at this many metres (nothing in the way). */
    public static final double GAP_CAP = 200.0;
    /** Vehicles farther than this from the ego (metres, along the road) are left out of its prediction. */
    public static final double NEIGHBOURHOOD = 120.0;

    private final Road road;
    private final double dt;
    private final int steps;
    private final double noise;
    private final Scene scene;

    /**
     * @param road the road
     * @param dt the simulation step, seconds
     * @param steps the horizon in simulation steps
     * @param noise the relative spread of the human drivers' predicted accelerations (0.05 for ±5%)
     * @param footprintScale the factor on lengths and widths of the footprints compared (0.9)
     */
    public SafetyModule(Road road, double dt, int steps, double noise, double footprintScale) {
        this.road = road;
        this.dt = dt;
        this.steps = steps;
        this.noise = noise;
        this.scene = new Scene(road, dt, footprintScale);
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
    public List<SafetyDecision> supervise(Traffic traffic, List<Vehicle> cavs, MetaAction[] proposed, RandomStream random) {
        Map<Vehicle, MetaAction> actions = new IdentityHashMap<>();
        Map<Vehicle, Boolean> braking = new IdentityHashMap<>();
        List<double[]> order = new ArrayList<>();
        for (int i = 0; i < cavs.size(); i++) {
            actions.put(cavs.get(i), proposed[i]);
            order.add(new double[] {Priority.of(cavs.get(i), road), i});
        }
        order.sort(Comparator.<double[]>comparingDouble(p -> p[0]).thenComparingDouble(p -> p[1]));
        Map<Vehicle, Double> noiseFactors = drawNoise(traffic, random);
        Map<Vehicle, Lane> lanesChosen = mobilTargets(traffic);
        List<SafetyDecision> decisions = new ArrayList<>(cavs.size());
        for (double[] entry : order) {
            Vehicle ego = cavs.get((int) entry[1]);
            MetaAction wanted = actions.get(ego);
            double wantedGap = gap(traffic, ego, wanted, false, actions, braking, noiseFactors, lanesChosen);
            MetaAction chosen = wanted;
            double chosenGap = wantedGap;
            boolean brake = false;
            if (wantedGap < 0) {
                for (MetaAction candidate : MetaAction.values()) {
                    if (candidate == wanted || !CavControl.available(road, ego, candidate)) {
                        continue;
                    }
                    double gap = gap(traffic, ego, candidate, false, actions, braking, noiseFactors, lanesChosen);
                    if (gap > chosenGap) {
                        chosen = candidate;
                        chosenGap = gap;
                    }
                }
                if (chosenGap < 0) {
                    double gap = gap(traffic, ego, MetaAction.IDLE, true, actions, braking, noiseFactors, lanesChosen);
                    if (gap > chosenGap) {
                        chosen = MetaAction.IDLE;
                        chosenGap = gap;
                        brake = true;
                        braking.put(ego, Boolean.TRUE);
                    }
                }
            }
            actions.put(ego, chosen);
            decisions.add(new SafetyDecision(ego, entry[0], wanted, chosen, wantedGap, chosenGap, brake));
        }
        return decisions;
    }

    /**
     * The ego's smallest predicted gap over the horizon (metres, capped at {@link #GAP_CAP};
     * negative = a predicted overlap) if it takes {@code action} while the other CAVs take theirs
     * from {@code cavActions} (IDLE if absent) and the human drivers' accelerations are scaled by
     * {@code noiseFactors} (1 if absent).
     */
    public double minimumGap(Traffic traffic, Vehicle ego, MetaAction action, Map<Vehicle, MetaAction> cavActions,
            Map<Vehicle, Double> noiseFactors) {
        return gap(traffic, ego, action, false, cavActions, Map.of(), noiseFactors, mobilTargets(traffic));
    }

    private double gap(Traffic traffic, Vehicle ego, MetaAction action, boolean brake, Map<Vehicle, MetaAction> cavActions,
            Map<Vehicle, Boolean> braking, Map<Vehicle, Double> noiseFactors, Map<Vehicle, Lane> lanesChosen) {
        scene.clear();
        scene.addCav(ego, action, brake);
        for (Vehicle other : traffic.vehicles()) {
            if (other == ego || Math.abs(other.x() - ego.x()) > NEIGHBOURHOOD) {
                continue;
            }
            if (other.isCav()) {
                scene.addCav(other, cavActions.getOrDefault(other, MetaAction.IDLE), braking.containsKey(other));
            } else {
                scene.addHuman(other, lanesChosen.get(other), noiseFactors.getOrDefault(other, 1.0));
            }
        }
        int stopping = (int) Math.ceil((ego.speed() / Controllers.EMERGENCY_BRAKING + 1.0) / dt);
        return scene.rollOut(Math.max(steps, stopping), GAP_CAP);
    }

    /** The lane MOBIL sends each human driver to now (absent: it keeps its lane). */
    private Map<Vehicle, Lane> mobilTargets(Traffic traffic) {
        Map<Vehicle, Lane> targets = new IdentityHashMap<>();
        for (Vehicle vehicle : traffic.vehicles()) {
            if (!vehicle.isCav()) {
                Lane target = mobilTarget(traffic, vehicle);
                if (target != null) {
                    targets.put(vehicle, target);
                }
            }
        }
        return targets;
    }

    private Lane mobilTarget(Traffic traffic, Vehicle human) {
        if (human.changingLanes()) {
            return null;
        }
        Lane left = road.left(human.lane(), human.x());
        if (left != null && traffic.mobilRecommends(human, left)) {
            return left;
        }
        Lane right = road.right(human.lane(), human.x());
        if (right != null && traffic.mobilRecommends(human, right)) {
            return right;
        }
        return null;
    }

    private Map<Vehicle, Double> drawNoise(Traffic traffic, RandomStream random) {
        Map<Vehicle, Double> factors = new IdentityHashMap<>();
        for (Vehicle vehicle : traffic.vehicles()) {
            if (!vehicle.isCav()) {
                factors.put(vehicle, 1 + noise * (2 * random.nextDouble() - 1));
            }
        }
        return factors;
    }
}
