package org.agora.core.event;

import java.util.List;

/** The event types the platform itself publishes, whatever the scenario. */
public final class CoreEvents implements EventCatalog {

    @Override
    public List<Class<? extends Event>> eventTypes() {
        return List.of(RunStarted.class, RunFinished.class, InterventionApplied.class);
    }

    /** Version 2 spelt seconds {@code S}, as every family does. */
    @Override
    public List<FieldChange> fieldChanges() {
        return FieldChange.table(
                FieldChange.renamed(2, RunStarted.class, "untilSeconds", "untilS"),
                FieldChange.renamed(2, RunFinished.class, "simulatedSeconds", "simulatedS"));
    }
}
