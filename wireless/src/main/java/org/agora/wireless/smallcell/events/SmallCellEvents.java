package org.agora.wireless.smallcell.events;

import java.util.List;
import org.agora.core.event.Event;
import org.agora.core.event.EventCatalog;

/** The event types of the small-cell scenarios. */
public final class SmallCellEvents implements EventCatalog {

    /** Every type, in the order a run tends to publish them. */
    public static final List<Class<? extends Event>> TYPES = List.of(CityBuilt.class, MeasurementReported.class,
            BlockageStarted.class, BlockageEnded.class, LinkDegraded.class, LinkRecovered.class,
            HandoverTriggered.class, HandoverPrepared.class, HandoverExecuted.class, HandoverCompleted.class,
            BandwidthRequested.class, BlocksOffered.class, BidPlaced.class, PriceChanged.class, BlocksGranted.class,
            BlocksReleased.class, MarketCleared.class, AllocatorsAccounted.class);

    @Override
    public List<Class<? extends Event>> eventTypes() {
        return TYPES;
    }
}
