package org.agora.core.sink;

import org.agora.core.event.Event;

/** A sink that passes on only what its {@link EventFilter} keeps. */
public final class FilteredSink implements EventSink {

    private final EventSink delegate;
    private final EventFilter filter;

    public FilteredSink(EventSink delegate, EventFilter filter) {
        this.delegate = delegate;
        this.filter = filter;
    }

    /** {@code sink} itself if {@code filter} keeps everything, else a filtered view of it. */
    public static EventSink of(EventSink sink, EventFilter filter) {
        return filter.keepsAll() ? sink : new FilteredSink(sink, filter);
    }

    @Override
    public void accept(Event event) {
        if (filter.accept(event)) {
            delegate.accept(event);
        }
    }

    @Override
    public void flush() {
        delegate.flush();
    }

    @Override
    public void close() {
        delegate.close();
    }

    @Override
    public long written() {
        return delegate.written();
    }

    /** The sink behind the filter. */
    public EventSink delegate() {
        return delegate;
    }
}
