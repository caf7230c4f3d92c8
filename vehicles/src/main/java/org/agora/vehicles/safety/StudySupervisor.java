package org.agora.vehicles.safety;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.agora.core.kernel.RandomStream;
import org.agora.vehicles.cav.CavControl;
import org.agora.vehicles.cav.MetaAction;
import org.agora.vehicles.intent.Intent;
import org.agora.vehicles.intent.IntentPredictor;
import org.agora.vehicles.road.Lane;
import org.agora.vehicles.road.LaneEnd;
import org.agora.vehicles.road.Road;
import org.agora.vehicles.traffic.Footprint;
import org.agora.vehicles.traffic.Traffic;
import org.agora.vehicles.traffic.Vehicle;

/**
 * The study's safety supervisor, as its code has it (rule {@code safetyRules: study}; see
 * docs/models/merge.md): CAVs in priority order ({@link Priority}, with the ramp term acting as the
 * study meant it); for each, the ego and at most {@link #NEIGHBOURS} nearest vehicles (by distance
 * along the road) are predicted over the horizon: CAVs by their own controllers under the actions
 * already checked or proposed, human drivers with the acceleration they applied at the start
 * multiplied by a factor drawn from U(1 − noise, 1 + noise), held over the horizon, in their lane.
 * If the ego's footprint (scaled, 0.9 in the study) overlaps a neighbour's or the obstacle closing
 * its lane, the action is replaced by the available action with the largest "safety room" at the
 * first predicted collision time: the smallest bumper-to-bumper distance along the road to a
 * neighbour (or the obstacle) at that time; the proposed action keeps ties. None of Agora's
 * additions (shared scene, horizon stretching, emergency braking) apply. Belongs to the simulation
 * thread.
 */
public final class StudySupervisor implements Supervisor {

    /** How many neighbours each ego's prediction includes (the obstacle comes on top). */
    public static final int NEIGHBOURS = 4;

    private final Road road;
    private final double dt;
    private final int steps;
    private final double noise;
    private final double length;
    private final double width;
    private final IntentPredictor predictor;

    /**
     * @param road the road
     * @param dt the simulation step, seconds
     * @param steps the horizon, simulation steps (15 = 1 s at 15 Hz in the study)
     * @param noise the relative spread of the human drivers' frozen accelerations (0.05 in the study)
     * @param footprintScale the factor on the vehicles' length and width (0.9 in the study)
     */
    public StudySupervisor(Road road, double dt, int steps, double noise, double footprintScale) {
        this.road = road;
        this.dt = dt;
        this.steps = steps;
        this.noise = noise;
        this.length = Vehicle.LENGTH * footprintScale;
        this.width = Vehicle.WIDTH * footprintScale;
        this.predictor = new IntentPredictor(road, dt, steps);
    }

    @Override
    public List<SafetyDecision> supervise(Traffic traffic, List<Vehicle> cavs, MetaAction[] proposed, RandomStream random) {
        Map<Vehicle, Double> factors = new IdentityHashMap<>();
        for (Vehicle vehicle : traffic.vehicles()) {
            if (!vehicle.isCav()) {
                factors.put(vehicle, 1 + noise * (2 * random.nextDouble() - 1));
            }
        }
        Map<Vehicle, MetaAction> actions = new IdentityHashMap<>();
        Integer[] order = new Integer[cavs.size()];
        double[] priorities = new double[cavs.size()];
        for (int i = 0; i < cavs.size(); i++) {
            order[i] = i;
            priorities[i] = Priority.of(cavs.get(i), road);
            actions.put(cavs.get(i), proposed[i]);
        }
        Arrays.sort(order, (p, q) -> {
            int byPriority = Double.compare(priorities[p], priorities[q]);
            return byPriority != 0 ? byPriority : Integer.compare(p, q);
        });
        List<SafetyDecision> decisions = new ArrayList<>(cavs.size());
        for (int i : order) {
            Vehicle ego = cavs.get(i);
            List<double[][]> others = neighbourPaths(traffic, ego, actions, factors);
            MetaAction wanted = proposed[i];
            double[][] wantedPath = path(ego, wanted);
            int collision = firstCollision(ego, wantedPath, others);
            MetaAction chosen = wanted;
            int chosenCollision = collision;
            double wantedRoom = Double.POSITIVE_INFINITY;
            double chosenRoom = Double.POSITIVE_INFINITY;
            if (collision >= 0) {
                wantedRoom = room(ego, wantedPath, others, collision);
                chosenRoom = wantedRoom;
                for (MetaAction candidate : MetaAction.values()) {
                    if (candidate == wanted || !CavControl.available(road, ego, candidate)) {
                        continue;
                    }
                    double[][] candidatePath = path(ego, candidate);
                    double room = room(ego, candidatePath, others, collision);
                    if (room > chosenRoom) {
                        chosen = candidate;
                        chosenRoom = room;
                        chosenCollision = firstCollision(ego, candidatePath, others);
                    }
                }
            }
            actions.put(ego, chosen);
            decisions.add(new SafetyDecision(ego, priorities[i], wanted, chosen, wantedRoom, chosenRoom,
                    after(collision), after(chosenCollision), false));
        }
        return decisions;
    }

    private double after(int step) {
        return step < 0 ? Double.POSITIVE_INFINITY : (step + 1) * dt;
    }

    /** The study predicts nothing an intent could reuse: intents come from the predictor. */
    @Override
    public boolean chosenTrajectory(int index, double[] x, double[] y, double[] heading, double[] speed) {
        return false;
    }

    /** The predicted paths (rows x, y, heading) of the ego's nearest neighbours along the road. */
    private List<double[][]> neighbourPaths(Traffic traffic, Vehicle ego, Map<Vehicle, MetaAction> actions,
            Map<Vehicle, Double> factors) {
        List<Vehicle> near = new ArrayList<>();
        for (Vehicle vehicle : traffic.vehicles()) {
            if (vehicle != ego) {
                near.add(vehicle);
            }
        }
        near.sort((a, b) -> Double.compare(Math.abs(a.x() - ego.x()), Math.abs(b.x() - ego.x())));
        List<double[][]> paths = new ArrayList<>();
        for (Vehicle vehicle : near.subList(0, Math.min(NEIGHBOURS, near.size()))) {
            paths.add(vehicle.isCav() ? path(vehicle, actions.getOrDefault(vehicle, MetaAction.IDLE))
                    : frozen(vehicle, vehicle.acceleration() * factors.get(vehicle)));
        }
        return paths;
    }

    private double[][] path(Vehicle cav, MetaAction action) {
        Intent intent = predictor.predict(cav, action, 0, 0);
        return new double[][] {intent.x(), intent.y(), intent.heading()};
    }

    /** A human driver held at {@code acceleration} m/s² (speeds floored at 0) in its lane. */
    private double[][] frozen(Vehicle vehicle, double acceleration) {
        double[] xs = new double[steps];
        double[] ys = new double[steps];
        double[] hs = new double[steps];
        double x = vehicle.x();
        double speed = vehicle.speed();
        Lane lane = vehicle.lane();
        for (int k = 0; k < steps; k++) {
            x += speed * Math.cos(vehicle.heading()) * dt;
            speed = Math.max(0, speed + acceleration * dt);
            xs[k] = x;
            ys[k] = vehicle.changingLanes() ? vehicle.y() : lane.y(x);
            hs[k] = vehicle.heading();
        }
        return new double[][] {xs, ys, hs};
    }

    /** The first step at which the ego's footprint overlaps a neighbour's or an obstacle, or −1. */
    private int firstCollision(Vehicle ego, double[][] egoPath, List<double[][]> others) {
        for (int k = 0; k < steps; k++) {
            double x = egoPath[0][k];
            double y = egoPath[1][k];
            double h = egoPath[2][k];
            for (double[][] other : others) {
                if (Footprint.overlap(x, y, h, length, width, other[0][k], other[1][k], other[2][k], length, width)) {
                    return k;
                }
            }
            for (Lane lane : road.lanes()) {
                if (lane.end() == LaneEnd.OBSTACLE && Footprint.overlap(x, y, h, length, width, lane.endX(),
                        lane.y(lane.endX()), 0, 2 * Lane.OBSTACLE_HALF_LENGTH, 2 * Lane.OBSTACLE_HALF_LENGTH)) {
                    return k;
                }
            }
        }
        return -1;
    }

    /**
     * The safety room of the ego at step {@code k}: the smallest distance along the road, bumper to
     * bumper, to a neighbour in its lane band (lateral distance under a lane width) or to an obstacle
     * closing a lane it is in; negative when they overlap.
     */
    private double room(Vehicle ego, double[][] egoPath, List<double[][]> others, int k) {
        double x = egoPath[0][k];
        double y = egoPath[1][k];
        double room = SafetyModule.GAP_CAP;
        for (double[][] other : others) {
            if (Math.abs(other[1][k] - y) < road.lane(0).width()) {
                room = Math.min(room, Math.abs(other[0][k] - x) - length);
            }
        }
        for (Lane lane : road.lanes()) {
            if (lane.end() == LaneEnd.OBSTACLE && Math.abs(lane.y(lane.endX()) - y) < lane.width()) {
                room = Math.min(room, Math.abs(lane.endX() - x) - length / 2 - Lane.OBSTACLE_HALF_LENGTH);
            }
        }
        return room;
    }
}
