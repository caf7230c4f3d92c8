package org.agora.core.testing;

import org.agora.core.event.Event;
import org.agora.core.event.EventHeader;

/** A walker of the test scenario moved one step. */
public record WalkerStepped(EventHeader header, int step, double position) implements Event {
}
