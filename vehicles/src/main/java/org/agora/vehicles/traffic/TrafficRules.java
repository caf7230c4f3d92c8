package org.agora.vehicles.traffic;

import org.agora.vehicles.driver.GapForm;

/**
 * The rules of the road dynamics where Agora and the study's code differ (docs/models/merge.md,
 * "Rules"). Immutable.
 *
 * @param mergeLaneOpen whether main-road vehicles may change into a merge lane (Agora: yes; the
 *     study's code marks it forbidden, so only ramp traffic uses it)
 * @param footprintScale the factor on a vehicle's length and width in the collision test (Agora:
 *     1.0, the full 5 × 2 m; the study's highway-env: 0.9, 4.5 × 1.8 m), in (0, 1]
 * @param crashedStop whether crashed vehicles stay on the road and brake to a stop (the study's)
 *     rather than leave it at once (Agora's)
 * @param removeAtRoadEnd whether vehicles leave at the end of an exit lane (Agora's); otherwise they
 *     drive on past it (the study's episodes never remove them)
 * @param gapForm the IDM's gap form (Agora: bumper to bumper, s0 = 5 m; the study: centre to
 *     centre, s0 = 10 m)
 */
public record TrafficRules(boolean mergeLaneOpen, double footprintScale, boolean crashedStop, boolean removeAtRoadEnd,
        GapForm gapForm) {

    /** Agora's rules. */
    public static final TrafficRules AGORA = new TrafficRules(true, 1.0, false, true, GapForm.BUMPER);
    /** The rules of the study's code. */
    public static final TrafficRules STUDY = new TrafficRules(false, 0.9, true, false, GapForm.CENTRE);

    public TrafficRules {
        if (!(footprintScale > 0 && footprintScale <= 1)) {
            throw new IllegalArgumentException("footprint scale must be in (0, 1], was " + footprintScale);
        }
        if (gapForm == null) {
            throw new IllegalArgumentException("missing IDM gap form");
        }
    }

    public TrafficRules withMergeLaneOpen(boolean value) {
        return new TrafficRules(value, footprintScale, crashedStop, removeAtRoadEnd, gapForm);
    }

    public TrafficRules withFootprintScale(double value) {
        return new TrafficRules(mergeLaneOpen, value, crashedStop, removeAtRoadEnd, gapForm);
    }

    public TrafficRules withCrashedStop(boolean value) {
        return new TrafficRules(mergeLaneOpen, footprintScale, value, removeAtRoadEnd, gapForm);
    }

    public TrafficRules withRemoveAtRoadEnd(boolean value) {
        return new TrafficRules(mergeLaneOpen, footprintScale, crashedStop, value, gapForm);
    }

    public TrafficRules withGapForm(GapForm value) {
        return new TrafficRules(mergeLaneOpen, footprintScale, crashedStop, removeAtRoadEnd, value);
    }
}
