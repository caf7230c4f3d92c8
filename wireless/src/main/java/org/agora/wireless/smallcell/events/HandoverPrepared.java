package org.agora.wireless.smallcell.events;

import org.agora.core.event.Event;
import org.agora.core.event.EventHeader;

/**
 * Source and target finished preparing; the handover command goes to the user. Source: the user.
 *
 * @param fromCell the serving cell
 * @param toCell the target
 */
public record HandoverPrepared(EventHeader header, String fromCell, String toCell) implements Event {
}
