package org.agora.vehicles.safety;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.agora.core.kernel.RandomStream;
import org.agora.vehicles.cav.CavControl;
import org.agora.vehicles.cav.MetaAction;
import org.agora.vehicles.road.Road;
import org.agora.vehicles.traffic.Controllers;
import org.agora.vehicles.traffic.Traffic;
import org.agora.vehicles.traffic.Vehicle;

/**
 * The safety module written plainly, as it was before it was made fast: the test oracle of
 * {@link SafetyModule}, which must take exactly the same decisions (same actions, gaps and overlap
 * times). Each prediction builds its scene from maps and rolls every candidate action over the
 * whole horizon. See {@link SafetyModule} for the rules.
 */
final class StraightforwardSafetyModule {

    /** Gaps are capped at this many metres (nothing in the way). */
    public static final double GAP_CAP = 200.0;
    /** Vehicles farther than this from the ego (metres, along the road) are left out of its prediction. */
    public static final double NEIGHBOURHOOD = 120.0;

    private final Road road;
    private final double dt;
    private final int steps;
    private final double noise;
    private final StraightforwardScene scene;
    private List<Vehicle> deciding = List.of();

    /**
     * @param road the road
     * @param dt the simulation step, seconds
     * @param steps the horizon in simulation steps
     * @param noise the relative spread of the human drivers' predicted accelerations (0.05 for ±5%)
     * @param footprintScale the factor on lengths and widths of the footprints compared (1.0: the
     *     collision test's size; the reference's 0.9 lets through overlaps of up to half a metre)
     */
    StraightforwardSafetyModule(Road road, double dt, int steps, double noise, double footprintScale) {
        this.road = road;
        this.dt = dt;
        this.steps = steps;
        this.noise = noise;
        this.scene = new StraightforwardScene(road, dt, footprintScale);
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
        deciding = cavs;
        Map<Vehicle, MetaAction> actions = new IdentityHashMap<>();
        Map<Vehicle, Boolean> braking = new IdentityHashMap<>();
        List<double[]> order = new ArrayList<>();
        for (int i = 0; i < cavs.size(); i++) {
            actions.put(cavs.get(i), proposed[i]);
            order.add(new double[] {Priority.of(cavs.get(i), road), i});
        }
        order.sort(Comparator.<double[]>comparingDouble(p -> p[0]).thenComparingDouble(p -> p[1]));
        Map<Vehicle, Double> noiseFactors = drawNoise(traffic, random);
        List<SafetyDecision> decisions = new ArrayList<>(cavs.size());
        for (double[] entry : order) {
            Vehicle ego = cavs.get((int) entry[1]);
            MetaAction wanted = actions.get(ego);
            double wantedGap = gap(traffic, ego, wanted, false, actions, braking, noiseFactors);
            int wantedOverlap = scene.firstOverlap();
            MetaAction chosen = wanted;
            double chosenGap = wantedGap;
            int chosenOverlap = wantedOverlap;
            boolean brake = false;
            if (wantedGap < 0) {
                for (MetaAction candidate : MetaAction.values()) {
                    if (candidate == wanted || !CavControl.available(road, ego, candidate)) {
                        continue;
                    }
                    double gap = gap(traffic, ego, candidate, false, actions, braking, noiseFactors);
                    int overlap = scene.firstOverlap();
                    if (better(overlap, gap, chosenOverlap, chosenGap)) {
                        chosen = candidate;
                        chosenGap = gap;
                        chosenOverlap = overlap;
                    }
                }
                if (chosenGap < 0) {
                    double gap = gap(traffic, ego, MetaAction.IDLE, true, actions, braking, noiseFactors);
                    int overlap = scene.firstOverlap();
                    if (better(overlap, gap, chosenOverlap, chosenGap)) {
                        chosen = MetaAction.IDLE;
                        chosenGap = gap;
                        chosenOverlap = overlap;
                        brake = true;
                        braking.put(ego, Boolean.TRUE);
                    }
                }
            }
            actions.put(ego, chosen);
            decisions.add(new SafetyDecision(ego, entry[0], wanted, chosen, wantedGap, chosenGap, seconds(wantedOverlap),
                    seconds(chosenOverlap), brake));
        }
        return decisions;
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
        deciding = List.of(ego);
        return gap(traffic, ego, action, false, cavActions, Map.of(), noiseFactors);
    }

    /** Whether {@code vehicle} is within {@link #NEIGHBOURHOOD} of one of the CAVs deciding now. */
    private boolean near(Vehicle vehicle) {
        for (Vehicle cav : deciding) {
            if (Math.abs(vehicle.x() - cav.x()) <= NEIGHBOURHOOD) {
                return true;
            }
        }
        return false;
    }

    private double gap(Traffic traffic, Vehicle ego, MetaAction action, boolean brake, Map<Vehicle, MetaAction> cavActions,
            Map<Vehicle, Boolean> braking, Map<Vehicle, Double> noiseFactors) {
        scene.clear(traffic.time());
        scene.addCav(ego, action, brake);
        for (Vehicle other : traffic.vehicles()) {
            if (other == ego || !near(other)) {
                continue;
            }
            if (other.isCav()) {
                scene.addCav(other, cavActions.getOrDefault(other, MetaAction.IDLE), braking.containsKey(other));
            } else {
                scene.addHuman(other, noiseFactors.getOrDefault(other, 1.0));
            }
        }
        int stopping = (int) Math.ceil((ego.speed() / Controllers.EMERGENCY_BRAKING + 1.0) / dt);
        return scene.rollOut(Math.max(steps, stopping), GAP_CAP);
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
