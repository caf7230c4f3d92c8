package org.agora.scenarios.family;

import org.agora.core.event.Event;
import org.agora.core.event.EventHeader;

/**
 * A customer joined the queue (the worked example of docs/architecture.md).
 *
 * @param customer the customer's number, from 0
 * @param waiting customers in the queue after it joined, itself included
 */
public record CustomerArrived(EventHeader header, int customer, int waiting) implements Event {
}
