package org.agora.vehicles.event;

import java.util.List;
import org.agora.core.event.Event;
import org.agora.core.event.EventHeader;
import org.agora.vehicles.cav.MetaAction;

/**
 * A CAV broadcast its intended trajectory over the sidelink (source: the CAV).
 *
 * @param message the sender's message counter
 * @param action the action the trajectory is predicted under
 * @param receivers how many CAVs it was sent to
 * @param points the predicted points, one simulation step apart
 */
public record IntentBroadcast(EventHeader header, long message, MetaAction action, int receivers, List<IntentPoint> points)
        implements Event {
}
