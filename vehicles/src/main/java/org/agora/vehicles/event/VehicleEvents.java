package org.agora.vehicles.event;

import java.util.List;
import org.agora.core.event.Event;
import org.agora.core.event.EventCatalog;

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
}
