package org.agora.scenarios.family;

import org.agora.core.event.Event;
import org.agora.core.event.EventHeader;

/**
 * A customer's service began (the worked example of docs/architecture.md).
 *
 * @param customer the customer's number
 * @param waitS how long it waited, in seconds
 */
public record CustomerServed(EventHeader header, int customer, double waitS) implements Event {
}
