package org.agora.viz.merge;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.agora.core.event.Event;
import org.agora.core.event.RunFinished;
import org.agora.core.event.RunStarted;
import org.agora.vehicles.event.MergeTrafficMeasured;
import org.agora.vehicles.event.SafetyOverridden;
import org.agora.vehicles.event.VehicleEntered;
import org.agora.vehicles.event.VehicleExited;
import org.agora.vehicles.event.VehicleMoved;
import org.agora.vehicles.event.VehiclesCollided;
import org.agora.vehicles.traffic.ExitReason;
import org.agora.vehicles.traffic.VehicleType;
import org.agora.viz.chart.Chart;
import org.agora.viz.chart.EventCharts;
import org.agora.viz.chart.TimeBinning;
import org.agora.viz.chart.TimeBins;

/**
 * The merge's charts, from its events:
 * <ul>
 *   <li>mean speed: at each {@code VehicleMoved} sample time, the mean speed of the vehicles
 *       sampled, all of them and CAVs and HDVs apart (m/s);</li>
 *   <li>flow: vehicles leaving at the end of the road ({@code VehicleExited} END_OF_ROAD) per hour,
 *       in bins of about a twentieth of the run, plotted at each bin's end;</li>
 *   <li>collisions, cumulative: all, and those involving a CAV;</li>
 *   <li>safety overrides, cumulative: all, and those that also brake to a stop;</li>
 *   <li>at the merge ({@code MergeTrafficMeasured}, one point per detector interval at its end): the
 *       space-mean speed on the main lanes beside the merge lane (m/s), the flow past its end
 *       (veh/h) and the density beside it (veh/km); a speed drop with a density rise there is a
 *       bottleneck breakdown. Intervals with nobody beside the merge lane have no speed point.</li>
 * </ul>
 */
public final class MergeCharts implements EventCharts {

    public static final String ALL = "all vehicles";
    public static final String CAVS = "CAVs";
    public static final String HDVS = "HDVs";
    public static final String COLLISIONS = "collisions";
    public static final String WITH_CAV = "involving a CAV";
    public static final String OVERRIDES = "overrides";
    public static final String EMERGENCY_STOPS = "emergency stops";
    public static final String FLOW = "end of the road";
    public static final String AT_MERGE = "at the merge";

    /** Flow bins per run. */
    private static final int FLOW_BINS = 20;

    private final Chart speed = new Chart("mean-speed", "Mean speed of the vehicles on the road", "time (s)",
            "speed (m/s)", Chart.Style.LINE);
    private final Chart flow = new Chart("flow", "Flow out of the road", "time (s)", "flow (veh/h)", Chart.Style.LINE);
    private final Chart collisions = new Chart("collisions", "Collisions (cumulative)", "time (s)", "collisions",
            Chart.Style.STEP);
    private final Chart overrides = new Chart("safety-overrides", "Safety overrides (cumulative)", "time (s)",
            "overrides", Chart.Style.STEP);

    private final Chart mergeSpeed = new Chart("merge-speed", "Speed at the merge", "time (s)", "speed (m/s)",
            Chart.Style.LINE);
    private final Chart mergeFlow = new Chart("merge-flow", "Flow past the end of the merge lane", "time (s)",
            "flow (veh/h)", Chart.Style.LINE);
    private final Chart mergeDensity = new Chart("merge-density", "Density beside the merge lane", "time (s)",
            "density (veh/km)", Chart.Style.LINE);

    private final Map<String, VehicleType> types = new HashMap<>();
    private TimeBinning flowBins;
    private int leftInBin;
    private int collisionCount;
    private int cavCollisionCount;
    private int overrideCount;
    private int emergencyStopCount;
    private double sampleTime = Double.NaN;
    private final double[] speedSums = new double[VehicleType.values().length];
    private final int[] sampled = new int[VehicleType.values().length];

    @Override
    public void accept(Event event) {
        if (!Double.isNaN(sampleTime) && event.time() > sampleTime) {
            closeSample();
        }
        if (flowBins != null) {
            flowBins.advance(event.time(), this::closeFlowBin);
        }
        if (event instanceof RunStarted started) {
            flowBins = new TimeBinning(TimeBins.width(started.untilS(), FLOW_BINS));
            collisions.series(COLLISIONS).add(0, 0);
            collisions.series(WITH_CAV).add(0, 0);
            overrides.series(OVERRIDES).add(0, 0);
            overrides.series(EMERGENCY_STOPS).add(0, 0);
        } else if (event instanceof VehicleEntered entered) {
            types.put(entered.source(), entered.vehicleType());
        } else if (event instanceof VehicleMoved moved) {
            sample(moved);
        } else if (event instanceof VehicleExited exited) {
            if (exited.reason() == ExitReason.END_OF_ROAD) {
                leftInBin++;
            }
        } else if (event instanceof VehiclesCollided collided) {
            collisionCount++;
            collisions.series(COLLISIONS).add(collided.time(), collisionCount);
            if (collided.cavInvolved()) {
                cavCollisionCount++;
                collisions.series(WITH_CAV).add(collided.time(), cavCollisionCount);
            }
        } else if (event instanceof SafetyOverridden overridden) {
            overrideCount++;
            overrides.series(OVERRIDES).add(overridden.time(), overrideCount);
            if (overridden.emergencyBrake()) {
                emergencyStopCount++;
                overrides.series(EMERGENCY_STOPS).add(overridden.time(), emergencyStopCount);
            }
        } else if (event instanceof MergeTrafficMeasured measured) {
            if (!Double.isNaN(measured.meanSpeedMps())) {
                mergeSpeed.series(AT_MERGE).add(measured.time(), measured.meanSpeedMps());
            }
            mergeFlow.series(AT_MERGE).add(measured.time(), measured.flowVehPerHour());
            mergeDensity.series(AT_MERGE).add(measured.time(), measured.densityVehPerKm());
        } else if (event instanceof RunFinished finished) {
            finish(finished.simulatedS());
        }
    }

    private void sample(VehicleMoved moved) {
        sampleTime = moved.time();
        VehicleType type = types.getOrDefault(moved.source(), VehicleType.HDV);
        speedSums[type.ordinal()] += moved.speedMps();
        sampled[type.ordinal()]++;
    }

    private void closeSample() {
        double sum = 0;
        int count = 0;
        for (VehicleType type : VehicleType.values()) {
            sum += speedSums[type.ordinal()];
            count += sampled[type.ordinal()];
        }
        speed.series(ALL).add(sampleTime, sum / count);
        addClassMean(VehicleType.CAV, CAVS);
        addClassMean(VehicleType.HDV, HDVS);
        java.util.Arrays.fill(speedSums, 0);
        java.util.Arrays.fill(sampled, 0);
        sampleTime = Double.NaN;
    }

    private void addClassMean(VehicleType type, String name) {
        if (sampled[type.ordinal()] > 0) {
            speed.series(name).add(sampleTime, speedSums[type.ordinal()] / sampled[type.ordinal()]);
        }
    }

    private void closeFlowBin(double start, double end) {
        flow.series(FLOW).add(end, leftInBin * 3600 / (end - start));
        leftInBin = 0;
    }

    private void finish(double end) {
        if (!Double.isNaN(sampleTime)) {
            closeSample();
        }
        if (flowBins != null) {
            flowBins.finish(end, this::closeFlowBin);
        }
        collisions.series(COLLISIONS).add(end, collisionCount);
        collisions.series(WITH_CAV).add(end, cavCollisionCount);
        overrides.series(OVERRIDES).add(end, overrideCount);
        overrides.series(EMERGENCY_STOPS).add(end, emergencyStopCount);
    }

    @Override
    public List<Chart> charts() {
        return List.of(speed, flow, collisions, overrides, mergeSpeed, mergeFlow, mergeDensity);
    }
}
