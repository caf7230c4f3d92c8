package org.agora.core.sink;

import org.agora.core.event.Event;

/** Counts events and keeps none; for benchmarks and runs whose summary is all that matters. */
public final class NullSink implements EventSink {

    private long count;

    @Override
    public void accept(Event event) {
        count++;
    }

    @Override
    public long written() {
        return count;
    }
}
