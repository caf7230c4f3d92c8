package org.agora.vehicles.merge;

import java.util.BitSet;
import java.util.List;
import org.agora.vehicles.road.LaneRole;
import org.agora.vehicles.road.Road;
import org.agora.vehicles.traffic.Traffic;
import org.agora.vehicles.traffic.Vehicle;

/**
 * A loop detector and a section camera at the merge: every step it counts the vehicles on the main
 * lanes between the start and the end of the merge lane (for density and space-mean speed) and the
 * vehicles whose centre has passed the end of the merge lane on a main lane (for flow, each vehicle
 * once, and only vehicles that entered upstream of it). {@link #close} gives an interval's figures
 * and starts the next. Belongs to the simulation thread.
 */
final class MergeDetector {

    /** One interval's figures; see {@link org.agora.vehicles.event.MergeTrafficMeasured}. */
    record Reading(double intervalS, int crossings, double flowVehPerHour, double meanSpeedMps, double densityVehPerKm) {
    }

    private final double startX;
    private final double endX;
    private final double laneKm;
    private final BitSet crossed = new BitSet();
    private long samples;
    private long vehicleSteps;
    private double speedSum;
    private int crossings;

    MergeDetector(Road road) {
        this.startX = road.mergeStartX();
        this.endX = road.mergeEndX();
        this.laneKm = road.mainLanes().size() * (endX - startX) / 1000;
    }

    /** Samples the traffic after a step. */
    void sample(Traffic traffic) {
        samples++;
        List<Vehicle> vehicles = traffic.vehicles();
        for (int i = 0, n = vehicles.size(); i < n; i++) {
            Vehicle v = vehicles.get(i);
            double x = v.x();
            // Upstream of the section a vehicle counts for nothing, whatever its lane.
            if (x < startX || v.lane().role() != LaneRole.MAIN) {
                continue;
            }
            if (x < endX) {
                vehicleSteps++;
                speedSum += v.speed();
            } else if (v.entryX() < endX && !crossed.get(v.number())) {
                crossed.set(v.number());
                crossings++;
            }
        }
    }

    /** The figures of the interval of {@code intervalS} seconds that ends now; the next starts empty. */
    Reading close(double intervalS) {
        double meanSpeed = vehicleSteps == 0 ? Double.NaN : speedSum / vehicleSteps;
        double density = samples == 0 ? 0 : (double) vehicleSteps / samples / laneKm;
        Reading reading = new Reading(intervalS, crossings, crossings * 3600 / intervalS, meanSpeed, density);
        samples = 0;
        vehicleSteps = 0;
        speedSum = 0;
        crossings = 0;
        return reading;
    }
}
