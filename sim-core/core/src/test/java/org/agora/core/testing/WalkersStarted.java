package org.agora.core.testing;

import java.util.List;
import org.agora.core.event.Event;
import org.agora.core.event.EventHeader;

/** The test scenario placed its walkers. */
public record WalkersStarted(EventHeader header, List<String> walkers, Layout layout) implements Event {

    /** Where the walkers start. */
    public enum Layout { ORIGIN }
}
