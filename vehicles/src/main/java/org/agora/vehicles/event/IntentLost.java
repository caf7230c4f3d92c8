package org.agora.vehicles.event;

import org.agora.core.event.Event;
import org.agora.core.event.EventHeader;
import org.agora.wireless.sidelink.LossCause;
import org.agora.wireless.sidelink.PathLossModel;

/**
 * An intent did not reach a CAV (source: the receiver), published when it was sent.
 *
 * @param sender the sending CAV
 * @param message the sender's message counter
 * @param distanceM sender–receiver distance, metres
 * @param cause HALF_DUPLEX, BELOW_SENSING, PROPAGATION or COLLISION
 * @param pathLoss the propagation condition of the link
 */
public record IntentLost(EventHeader header, String sender, long message, double distanceM, LossCause cause,
        PathLossModel pathLoss) implements Event {
}
