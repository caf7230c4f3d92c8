package org.agora.scenarios.family;

import java.util.List;
import org.agora.core.event.Event;
import org.agora.core.event.EventCatalog;

/** The worked example's event types (a real family registers its catalog as a service). */
public final class QueueEvents implements EventCatalog {

    @Override
    public List<Class<? extends Event>> eventTypes() {
        return List.of(CustomerArrived.class, CustomerServed.class);
    }
}
