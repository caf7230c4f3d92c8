package org.agora.wireless.smallcell.events;

import org.agora.core.event.Event;
import org.agora.core.event.EventHeader;

/**
 * Event A3 held for its time-to-trigger: the user reports and the handover starts (preparation).
 * Source: the user.
 *
 * @param fromCell the serving cell
 * @param toCell the target
 * @param fromDbm the serving cell's filtered received power, dBm
 * @param toDbm the target's filtered received power, dBm
 */
public record HandoverTriggered(EventHeader header, String fromCell, String toCell, double fromDbm, double toDbm)
        implements Event {
}
