package org.agora.viz.merge;

import org.agora.core.scenario.Metric;
import org.agora.vehicles.merge.MergeSummary;
import org.agora.vehicles.merge.MergeWorld;
import org.agora.vehicles.traffic.Vehicle;

/** What the Console's model inspector shows of a merge run (MASON lists a bean's getters). */
public final class MergeInspection {

    private final MergeScene scene;

    MergeInspection(MergeScene scene) {
        this.scene = scene;
    }

    private MergeWorld world() {
        return scene.world();
    }

    /** Simulation time, seconds. */
    public double getTime() {
        return scene.now();
    }

    /** The current episode (from 1), 0 without episodes. */
    public int getEpisode() {
        return world() == null ? 0 : world().episode();
    }

    public int getVehiclesOnRoad() {
        return world() == null ? 0 : world().traffic().vehicles().size();
    }

    public int getCavsOnRoad() {
        if (world() == null) {
            return 0;
        }
        int cavs = 0;
        for (Vehicle vehicle : world().traffic().vehicles()) {
            cavs += vehicle.isCav() ? 1 : 0;
        }
        return cavs;
    }

    /** Mean speed of the vehicles on the road now, m/s (0 if none). */
    public double getMeanSpeedNow() {
        if (world() == null || world().traffic().vehicles().isEmpty()) {
            return 0;
        }
        double sum = 0;
        for (Vehicle vehicle : world().traffic().vehicles()) {
            sum += vehicle.speed();
        }
        return sum / world().traffic().vehicles().size();
    }

    public int getCollisions() {
        return (int) metric(MergeSummary.COLLISIONS);
    }

    public int getSafetyOverrides() {
        return (int) metric(MergeSummary.SAFETY_OVERRIDES);
    }

    /** Share of settled ramp vehicles that merged so far (0 while none has settled). */
    public double getMergeSuccessShare() {
        return metric(MergeSummary.MERGE_SUCCESS_SHARE);
    }

    /** The metric's value so far, 0 while it has none. */
    private double metric(Metric metric) {
        return scene.summarySoFar().get(metric.name()) instanceof Number value ? value.doubleValue() : 0;
    }
}
