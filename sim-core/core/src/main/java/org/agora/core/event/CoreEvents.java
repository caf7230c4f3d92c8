package org.agora.core.event;

import java.util.List;

/** The event types the platform itself publishes, whatever the scenario. */
public final class CoreEvents implements EventCatalog {

    @Override
    public List<Class<? extends Event>> eventTypes() {
        return List.of(RunStarted.class, RunFinished.class, InterventionApplied.class);
    }
}
