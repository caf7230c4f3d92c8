package org.agora.core.event;

/**
 * Receives events of one type (or, subscribed to {@link Event}, of every type). Called on the
 * simulation thread, synchronously, in the order of subscription.
 */
@FunctionalInterface
public interface EventHandler<E extends Event> {

    void handle(E event);
}
