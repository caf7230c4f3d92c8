package org.agora.core.event;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleSupplier;

/**
 * The events of one run: stamps headers, and hands each published event to every handler
 * subscribed to its type, in the order the handlers subscribed.
 *
 * <p>Threading: a bus belongs to its run's simulation thread; stamp, publish and subscribe only
 * there. Dispatch is synchronous: {@link #publish} returns after every handler has run. A handler
 * may publish in turn; that event is dispatched at once, before the rest of the handlers of the
 * first one.
 */
public final class EventBus {

    private static final EventHandler<?>[] NONE = new EventHandler<?>[0];

    private final String runId;
    private final DoubleSupplier clock;
    private final List<Subscription<?>> subscriptions = new ArrayList<>(4);
    /**
     * The handlers of each class published, made on the first publication that needs it: a run of a
     * small model makes a bus per episode, and when every subscription is to all events (the
     * sinks) the map is never used. Sized for the dozen event types of a typical model.
     */
    private Map<Class<?>, EventHandler<?>[]> dispatch;
    /** The handlers of every event when every subscription is to all events (the usual case: the sinks); else null. */
    private EventHandler<?>[] onlyUniversal = NONE;
    private long nextSeq;
    private long lastPublished = -1;
    /** The last class dispatched and its handlers: most models publish runs of one type. */
    private Class<?> lastClass;
    private EventHandler<?>[] lastHandlers;

    /**
     * @param runId the run id that every header carries
     * @param clock the simulation time in seconds, read when a header is stamped
     */
    public EventBus(String runId, DoubleSupplier clock) {
        this.runId = runId;
        this.clock = clock;
    }

    /** The run id in every header. */
    public String runId() {
        return runId;
    }

    /**
     * A header for an event about {@code source}, at the current simulation time, with the next
     * sequence number. Publish the event right away: events are published in stamping order.
     *
     * <p>On a hot path, stamp in a statement of its own, before the event's {@code new}:
     * <pre>{@code
     * EventHeader header = events.stamp(id);
     * events.publish(new AgentMoved(header, position));
     * }</pre>
     * with the event's other arguments already in locals or fields. Then, when no handler keeps
     * the event (a no-op sink, a tally), HotSpot's C2 compiler allocates neither the event nor its
     * header. Written as one expression, {@code new AgentMoved(events.stamp(id), position)}, the
     * event is allocated (in the bytecode) before its header, so the header is stored into it
     * after other code has run; an argument that branches (an array element, a call) does the
     * same. C2 then counts the field as possibly still null, takes the header for "merged with
     * null" and allocates it (40 bytes an event on Java 17; docs/benchmarks.md, "Event speed: the
     * header's allocation").
     */
    public EventHeader stamp(String source) {
        // Read before the header's new for the same reason: with no branch (the clock's type
        // check, the kernel's) between the allocation and the constructor, C2 sees every field
        // initialized at once and can replace the header by its four values.
        double time = clock.getAsDouble();
        long seq = nextSeq++;
        return new EventHeader(time, runId, seq, source);
    }

    /**
     * Hands {@code event} to its handlers.
     *
     * @throws IllegalStateException if the event was not stamped by this bus, or another event
     *     was stamped after it and published first
     */
    @SuppressWarnings("unchecked")
    public void publish(Event event) {
        long seq = event.header().seq();
        if (seq <= lastPublished || seq >= nextSeq) {
            throw notStampedJustBefore(event, seq);
        }
        lastPublished = seq;
        EventHandler<?>[] handlers = onlyUniversal;
        if (handlers == null) {
            handlers = handlersOf(event.getClass());
        }
        for (EventHandler<?> handler : handlers) {
            ((EventHandler<Event>) handler).handle(event);
        }
    }

    /**
     * The error of an event published out of order, built out of line: {@link #publish} runs once
     * per event and the JIT inlines it into the model's code only while it stays small.
     */
    private static IllegalStateException notStampedJustBefore(Event event, long seq) {
        return new IllegalStateException("event " + event.type() + " #" + seq
                + " was not stamped by this bus just before being published");
    }

    /** The handlers of events of this class, when some subscriptions are to some types only. */
    private EventHandler<?>[] handlersOf(Class<?> eventClass) {
        if (eventClass == lastClass) {
            return lastHandlers;
        }
        if (dispatch == null) {
            dispatch = new IdentityHashMap<>(16);
        }
        EventHandler<?>[] handlers = dispatch.get(eventClass);
        if (handlers == null) {
            handlers = handlersFor(eventClass);
        }
        lastClass = eventClass;
        lastHandlers = handlers;
        return handlers;
    }

    /**
     * Subscribes {@code handler} to every event whose class is {@code type} or a subtype of it
     * ({@code Event.class} for all events).
     */
    public <E extends Event> Subscription<E> subscribe(Class<E> type, EventHandler<? super E> handler) {
        Subscription<E> subscription = new Subscription<>(this, type, handler);
        subscriptions.add(subscription);
        forgetDispatch();
        return subscription;
    }

    /** Subscribes {@code handler} to every event. */
    public Subscription<Event> subscribeAll(EventHandler<Event> handler) {
        return subscribe(Event.class, handler);
    }

    /** The number of events published so far. */
    public long published() {
        return lastPublished + 1;
    }

    void unsubscribe(Subscription<?> subscription) {
        if (subscriptions.remove(subscription)) {
            forgetDispatch();
        }
    }

    private void forgetDispatch() {
        dispatch = null;
        lastClass = null;
        lastHandlers = null;
        List<EventHandler<?>> universal = new ArrayList<>(subscriptions.size());
        for (Subscription<?> subscription : subscriptions) {
            if (subscription.type() != Event.class) {
                onlyUniversal = null;
                return;
            }
            universal.add(subscription.handler());
        }
        onlyUniversal = universal.toArray(NONE);
    }

    private EventHandler<?>[] handlersFor(Class<?> eventClass) {
        List<EventHandler<?>> matching = new ArrayList<>();
        for (Subscription<?> subscription : subscriptions) {
            if (subscription.type().isAssignableFrom(eventClass)) {
                matching.add(subscription.handler());
            }
        }
        EventHandler<?>[] handlers = matching.isEmpty() ? NONE : matching.toArray(NONE);
        dispatch.put(eventClass, handlers);
        return handlers;
    }

    /** One handler's subscription; {@link #cancel()} ends it. */
    public static final class Subscription<E extends Event> {
        private final EventBus bus;
        private final Class<E> type;
        private final EventHandler<? super E> handler;

        Subscription(EventBus bus, Class<E> type, EventHandler<? super E> handler) {
            this.bus = bus;
            this.type = type;
            this.handler = handler;
        }

        Class<E> type() {
            return type;
        }

        EventHandler<? super E> handler() {
            return handler;
        }

        /** Stops delivering events to this handler. */
        public void cancel() {
            bus.unsubscribe(this);
        }
    }
}
