package org.agora.vehicles.event;

import org.agora.core.event.Event;
import org.agora.core.event.EventHeader;
import org.agora.wireless.sidelink.PathLossModel;

/**
 * An intent reached a CAV (source: the receiver), at its arrival time.
 *
 * @param sender the sending CAV
 * @param message the sender's message counter
 * @param distanceM sender–receiver distance when sent, metres
 * @param delayMs access delay + airtime + flight time, milliseconds
 * @param pathLoss the propagation condition of the link (HIGHWAY_LOS, or NLOSV when a vehicle was in between)
 */
public record IntentDelivered(EventHeader header, String sender, long message, double distanceM, double delayMs,
        PathLossModel pathLoss) implements Event {
}
