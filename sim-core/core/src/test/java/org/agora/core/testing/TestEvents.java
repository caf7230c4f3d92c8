package org.agora.core.testing;

import java.util.List;
import org.agora.core.event.Event;
import org.agora.core.event.EventCatalog;

/** The event types of the test scenario. */
public final class TestEvents implements EventCatalog {

    @Override
    public List<Class<? extends Event>> eventTypes() {
        return List.of(WalkersStarted.class, WalkerStepped.class);
    }
}
