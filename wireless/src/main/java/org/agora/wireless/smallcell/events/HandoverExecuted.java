package org.agora.wireless.smallcell.events;

import org.agora.core.event.Event;
import org.agora.core.event.EventHeader;

/**
 * The user executed the command and detached from the source: its user plane is interrupted
 * until it attaches to the target. Source: the user.
 *
 * @param fromCell the cell it left
 * @param toCell the target
 */
public record HandoverExecuted(EventHeader header, String fromCell, String toCell) implements Event {
}
