package org.agora.vehicles.road;

import java.util.ArrayList;
import java.util.List;

/**
 * Lanes and where a vehicle may change from one to its neighbour. "Left" is towards smaller y:
 * the main road is at y = 0 (and 4, 8, … for more lanes) and the ramp on the side of larger y, so
 * merging is a change to the left, as in highway-env. Immutable once built; see {@link Roads}.
 */
public final class Road {

    private record Adjacency(Lane left, Lane right, double fromX, double toX) {
    }

    private final String name;
    private final List<Lane> lanes;
    /** The main road's lanes and the ramp's lane, found once: the inflow asks for them every step. */
    private final List<Lane> mainLanes;
    private final Lane rampLane;
    private final List<Adjacency> adjacencies;
    private final double mergeEndX;
    private final double mergeStartX;
    private final boolean mergeLaneOpen;

    private Road(String name, List<Lane> lanes, List<Adjacency> adjacencies, double mergeStartX, double mergeEndX,
            boolean mergeLaneOpen) {
        this.name = name;
        this.lanes = List.copyOf(lanes);
        this.mainLanes = this.lanes.stream().filter(lane -> lane.role() == LaneRole.MAIN).toList();
        this.rampLane = this.lanes.stream().filter(lane -> lane.role() == LaneRole.RAMP).findFirst().orElse(null);
        this.adjacencies = List.copyOf(adjacencies);
        this.mergeStartX = mergeStartX;
        this.mergeEndX = mergeEndX;
        this.mergeLaneOpen = mergeLaneOpen;
    }

    /**
     * This road with its ramp lanes closed to main-road traffic, as the study's code has it (the merge
     * lane is marked forbidden there): from a main lane, no ramp lane is a neighbour; ramp vehicles
     * still change to the main road. Every user of {@link #left}/{@link #right} (MOBIL, the CAVs'
     * actions, the safety module's and the intent predictor's predictions) then keeps to it.
     */
    public Road withMergeLaneClosed() {
        return new Road(name, lanes, adjacencies, mergeStartX, mergeEndX, false);
    }

    /** Whether main-road vehicles may change into a ramp lane (Agora's default), or not (the study's). */
    public boolean mergeLaneOpen() {
        return mergeLaneOpen;
    }

    /** Whether the change from {@code from} to {@code to} is allowed by the road's markings. */
    private boolean open(Lane from, Lane to) {
        return mergeLaneOpen || from.role() != LaneRole.MAIN || to.role() != LaneRole.RAMP;
    }

    /** A builder of a road called {@code name}. */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    public String name() {
        return name;
    }

    /** The lanes, by index. */
    public List<Lane> lanes() {
        return lanes;
    }

    public Lane lane(int index) {
        return lanes.get(index);
    }

    /** Where the merge lane begins (ramp vehicles may change to the main road from here), in metres. */
    public double mergeStartX() {
        return mergeStartX;
    }

    /** Where the merge lane ends (its obstacle), in metres: the merge point of the metrics. */
    public double mergeEndX() {
        return mergeEndX;
    }

    /** The lane to the left of {@code lane} at {@code x} (towards the main road's left edge), or null. */
    public Lane left(Lane lane, double x) {
        for (Adjacency adjacency : adjacencies) {
            if (adjacency.right == lane && x >= adjacency.fromX && x <= adjacency.toX) {
                return open(lane, adjacency.left) ? adjacency.left : null;
            }
        }
        return null;
    }

    /** The lane to the right of {@code lane} at {@code x}, or null. */
    public Lane right(Lane lane, double x) {
        for (Adjacency adjacency : adjacencies) {
            if (adjacency.left == lane && x >= adjacency.fromX && x <= adjacency.toX) {
                return open(lane, adjacency.right) ? adjacency.right : null;
            }
        }
        return null;
    }

    /** The lanes of the main road (role MAIN), left to right. */
    public List<Lane> mainLanes() {
        return mainLanes;
    }

    /** The ramp's lane (role RAMP), or null for a road without a ramp. */
    public Lane rampLane() {
        return rampLane;
    }

    /** Builds a {@link Road}. */
    public static final class Builder {
        private final String name;
        private final List<Lane> lanes = new ArrayList<>();
        private final List<Adjacency> adjacencies = new ArrayList<>();
        private double mergeStartX = Double.NaN;
        private double mergeEndX = Double.NaN;

        private Builder(String name) {
            this.name = name;
        }

        /** Adds a lane; its index is the number of lanes added before it. */
        public Lane lane(String laneName, LaneRole role, double startX, double endX, LaneEnd end, Centreline centre) {
            Lane lane = new Lane(lanes.size(), laneName, role, startX, endX, end, centre, 4.0);
            lanes.add(lane);
            return lane;
        }

        /** {@code left} and {@code right} are neighbours for x in [fromX, toX]. */
        public Builder adjacent(Lane left, Lane right, double fromX, double toX) {
            adjacencies.add(new Adjacency(left, right, fromX, toX));
            return this;
        }

        /** The merge lane's extent, for metrics and priorities. */
        public Builder merge(double startX, double endX) {
            this.mergeStartX = startX;
            this.mergeEndX = endX;
            return this;
        }

        public Road build() {
            return new Road(name, lanes, adjacencies, mergeStartX, mergeEndX, true);
        }
    }
}
