package org.agora.wireless.smallcell.events;

import java.util.List;
import org.agora.core.event.Event;
import org.agora.core.event.EventCatalog;
import org.agora.core.event.FieldChange;

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

    /**
     * Version 2 put metres and bit/s in the names of positions and rates, and made the reasons of a
     * release and the causes of a blockage enums (their words upper-cased).
     */
    @Override
    public List<FieldChange> fieldChanges() {
        return FieldChange.table(
                FieldChange.renamed(2, MeasurementReported.class, "x", "xM", "y", "yM"),
                FieldChange.renamedWithin(2, CityBuilt.class, "cells", "x", "xM", "y", "yM"),
                FieldChange.renamed(2, AllocatorsAccounted.class, "rateSums", "rateSumsBps"),
                List.of(FieldChange.recoded(2, BlocksReleased.class, "reason", FieldChange.UPPER_CASE),
                        FieldChange.recoded(2, BlockageStarted.class, "cause", FieldChange.UPPER_CASE)));
    }
}
