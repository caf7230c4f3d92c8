package org.agora.vehicles.event;

import org.agora.core.event.Event;
import org.agora.core.event.EventHeader;

/**
 * Traffic at the merge over one detector interval that ended at the header's time (source
 * {@code run}): on the main lanes between the start and the end of the merge lane, sampled every
 * simulation step, and past the end of the merge lane.
 *
 * @param intervalS the interval's length, seconds
 * @param crossings vehicles whose centre passed the end of the merge lane on a main lane in it
 * @param flowVehPerHour crossings per hour
 * @param meanSpeedMps the space-mean speed of the vehicles in the section (vehicle-steps weighted),
 *     m/s; NaN when none was there
 * @param densityVehPerKm vehicles in the section per kilometre of main lane, averaged over the steps
 */
public record MergeTrafficMeasured(EventHeader header, double intervalS, int crossings, double flowVehPerHour,
        double meanSpeedMps, double densityVehPerKm) implements Event {
}
