package org.agora.wireless.smallcell.events;

import org.agora.core.event.Event;
import org.agora.core.event.EventHeader;

/**
 * The user attached to the target, now its serving cell. Source: the user.
 *
 * @param fromCell the cell it left
 * @param toCell the new serving cell
 * @param durationS from the trigger to now, seconds
 * @param interruptionS the user-plane interruption, seconds
 * @param pingPong whether this handover went back to the cell left in the previous one within the ping-pong window
 */
public record HandoverCompleted(EventHeader header, String fromCell, String toCell, double durationS,
        double interruptionS, boolean pingPong) implements Event {
}
