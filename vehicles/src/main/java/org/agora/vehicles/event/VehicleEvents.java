package org.agora.vehicles.event;

import java.util.List;
import org.agora.core.event.Event;
import org.agora.core.event.EventCatalog;
import org.agora.core.event.FieldChange;

/** The event types of the vehicles module. */
public final class VehicleEvents implements EventCatalog {

    /** Every type, in the order docs/events.md lists them. */
    public static final List<Class<? extends Event>> TYPES = List.of(VehicleEntered.class, VehicleExited.class,
            LaneChanged.class, VehicleMoved.class, IntentBroadcast.class, IntentDelivered.class, IntentLost.class,
            SafetyOverridden.class, VehiclesCollided.class, MergeCompleted.class, EpisodeStarted.class,
            EpisodeEnded.class, TimeToCollisionLowered.class, EntryBlocked.class, MergeRunEnded.class,
            MergeTrafficMeasured.class);

    @Override
    public List<Class<? extends Event>> eventTypes() {
        return TYPES;
    }

    /** Version 2 put the unit in every physical quantity's name and made the episode's end reason an enum. */
    @Override
    public List<FieldChange> fieldChanges() {
        return FieldChange.table(
                FieldChange.renamed(2, VehicleEntered.class, "x", "xM", "speed", "speedMps", "desiredSpeed", "desiredSpeedMps"),
                FieldChange.renamed(2, VehicleExited.class, "x", "xM", "speed", "speedMps", "distance", "distanceM",
                        "travelTime", "travelTimeS"),
                FieldChange.renamed(2, LaneChanged.class, "x", "xM", "speed", "speedMps"),
                FieldChange.renamed(2, VehicleMoved.class, "x", "xM", "y", "yM", "speed", "speedMps",
                        "acceleration", "accelerationMps2", "heading", "headingRad"),
                FieldChange.renamedWithin(2, IntentBroadcast.class, "points", "t", "tS", "x", "xM", "y", "yM",
                        "heading", "headingRad", "speed", "speedMps"),
                FieldChange.renamed(2, IntentDelivered.class, "distance", "distanceM"),
                FieldChange.renamed(2, IntentLost.class, "distance", "distanceM"),
                FieldChange.renamed(2, SafetyOverridden.class, "proposedMinGap", "proposedMinGapM",
                        "chosenMinGap", "chosenMinGapM"),
                FieldChange.renamed(2, VehiclesCollided.class, "x", "xM", "y", "yM", "speed", "speedMps",
                        "otherSpeed", "otherSpeedMps"),
                FieldChange.renamed(2, MergeCompleted.class, "x", "xM", "speed", "speedMps",
                        "postEncroachmentTime", "postEncroachmentTimeS"),
                FieldChange.renamed(2, TimeToCollisionLowered.class, "timeToCollision", "timeToCollisionS",
                        "gap", "gapM", "closingSpeed", "closingSpeedMps"),
                FieldChange.renamed(2, EntryBlocked.class, "speed", "speedMps"),
                FieldChange.renamed(2, MergeRunEnded.class, "simulatedSeconds", "simulatedS"));
    }
}
