package org.agora.vehicles.road;

/**
 * The road layouts of the merge studies and highways for scale. Lanes are 4 m wide; the main road's
 * left lane is at y = 0.
 */
public final class Roads {

    private Roads() {
    }

    /**
     * MAPPO-PIS: one main lane from 0 to 520 m; a ramp straight from 0 to 220 m at y = 10.5 m, a
     * 100 m sine-shaped converging section (amplitude 3.25 m) to 320 m, then a 100 m merge lane
     * beside the main road (y = 4) ending in an obstacle at x = 420 m.
     */
    public static Road mappoPis() {
        return withRamp("mappo-pis", 1, 520, 0, 220, 100, 100);
    }

    /**
     * highway-env's merge-v0: two main lanes over 460 m; a ramp straight for 150 m, converging over
     * 80 m and merging over 80 m beside the right main lane, ending in an obstacle at 310 m.
     */
    public static Road mergeV0() {
        return withRamp("merge-v0", 2, 460, 0, 150, 80, 80);
    }

    /**
     * A highway of {@code lanes} lanes, {@code lengthM} long, with a single-lane on-ramp that starts
     * at {@code rampStartX}, runs straight for {@code straightM}, converges over {@code convergeM}
     * and merges over {@code mergeM} metres.
     */
    public static Road highway(int lanes, double lengthM, double rampStartX, double straightM, double convergeM,
            double mergeM) {
        return withRamp("highway", lanes, lengthM, rampStartX, straightM, convergeM, mergeM);
    }

    private static Road withRamp(String name, int mainLanes, double lengthM, double rampStartX, double straightM,
            double convergeM, double mergeM) {
        if (mainLanes < 1) {
            throw new IllegalArgumentException("a road needs at least one main lane");
        }
        double convergeStart = rampStartX + straightM;
        double mergeStart = convergeStart + convergeM;
        double mergeEnd = mergeStart + mergeM;
        if (!(mergeEnd < lengthM)) {
            throw new IllegalArgumentException("the merge lane must end before the road does (" + mergeEnd + " m >= "
                    + lengthM + " m)");
        }
        Road.Builder road = Road.builder(name);
        Lane previous = null;
        for (int i = 0; i < mainLanes; i++) {
            Lane lane = road.lane("main-" + i, LaneRole.MAIN, 0, lengthM, LaneEnd.EXIT, Centreline.straight(4.0 * i));
            if (previous != null) {
                road.adjacent(previous, lane, 0, lengthM);
            }
            previous = lane;
        }
        double mergeY = 4.0 * mainLanes;
        Lane ramp = road.lane("ramp", LaneRole.RAMP, rampStartX, mergeEnd, LaneEnd.OBSTACLE,
                Centreline.converging(mergeY + 2 * 3.25, convergeStart, convergeM, mergeY));
        road.adjacent(previous, ramp, mergeStart, mergeEnd);
        road.merge(mergeStart, mergeEnd);
        return road.build();
    }
}
