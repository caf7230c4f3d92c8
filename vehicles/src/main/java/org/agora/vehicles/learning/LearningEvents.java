package org.agora.vehicles.learning;

import java.util.List;
import org.agora.core.event.Event;
import org.agora.core.event.EventCatalog;
import org.agora.core.event.FieldChange;

/** The events of {@code agora train}. */
public final class LearningEvents implements EventCatalog {

    public static final List<Class<? extends Event>> TYPES = List.of(TrainingIterationCompleted.class,
            PolicyEvaluated.class);

    @Override
    public List<Class<? extends Event>> eventTypes() {
        return TYPES;
    }

    /** Version 2 put the unit in the mean speed's name. */
    @Override
    public List<FieldChange> fieldChanges() {
        return FieldChange.renamed(2, PolicyEvaluated.class, "meanSpeed", "meanSpeedMps");
    }
}
