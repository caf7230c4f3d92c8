package org.agora.core.kafka;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import org.agora.core.event.Event;

/**
 * The bounded ring of a sink's events between the thread that submits them (the simulation
 * thread) and the one that takes them back, in order, to encode and send them (the
 * {@link SenderThread}): {@link #CAPACITY} events. Events are immutable records, so handing one to
 * another thread is safe. A full ring holds the submitter until the taker frees slots
 * (backpressure): nothing is ever dropped.
 *
 * <p>Hand-offs in blocks: on a machine of two cores the simulation thread, the sender, Kafka's I/O
 * thread and often the broker take turns, so a thread that waits spins briefly and then parks, and
 * is woken once per block of events, not per event: a full ring holds the submitter until a quarter
 * of it is free, and an idle taker is woken every {@value #BATCH} submissions or when the submitter
 * waits for it (waking a parked thread is a system call: the first profile of the sink's rings put a
 * quarter of a thread's samples in {@code LockSupport.unpark} when it woke its taker at every event).
 * Every park is bounded ({@value #PARK_NANOS} ns), so a wake-up lost to a race, or a block not yet
 * full in a slow run, delays events by at most that.
 *
 * <p>Threading: {@link #submit}, {@link #hasRoom}, {@link #awaitRoom}, {@link #submitted} and
 * {@link #wakeTaker} on the submitting thread; {@link #nextReady}, {@link #next} and
 * {@link #awaitSubmitted} on the taking thread; {@link #taken} on any; {@link #close} once neither
 * submits or takes any more. The two counters are the only shared state besides the parked
 * threads: a slot is written before the counter that publishes it (a release store), and read
 * after it; each counter sits on a cache line of its own, so that the two threads do not
 * invalidate each other's lines at every event.
 */
final class EventRing implements AutoCloseable {

    /** Events between the submitter and the taker (a power of two). */
    static final int CAPACITY = 1 << 12;
    private static final int MASK = CAPACITY - 1;
    /** Events per block: a parked thread is woken once per block (a power of two). */
    static final int BATCH = 64;
    /** The longest park of a waiting thread. */
    static final long PARK_NANOS = 1_000_000;
    private static final int SPINS = 16;

    private final Event[] events = new Event[CAPACITY];
    /** Events submitted: written by the submitter only (a release store publishes the slot). */
    private final PaddedCounter submittedCount = new PaddedCounter();
    /** Events taken back: written by the taker only (a release store frees the slot). */
    private final PaddedCounter takenCount = new PaddedCounter();
    /** The submitter's own copy of its counter, and the last count of taken events it read. */
    private long submitted;
    private long takenSeen;
    /** The taker's own copy of its counter, and the last count of submitted events it read. */
    private long taken;
    private long submittedSeen;
    private volatile Thread parkedTaker;
    private volatile Thread parkedSubmitter;
    /** The count of taken events at which the parked submitter wants waking. */
    private volatile long roomWanted;
    private volatile boolean closed;

    /** Whether an event can be submitted now. Submitting thread. */
    boolean hasRoom() {
        if (submitted - takenSeen < CAPACITY) {
            return true;
        }
        takenSeen = takenCount.get();
        return submitted - takenSeen < CAPACITY;
    }

    /** Waits until an event can be submitted; with the ring full, until a quarter of it is free. Submitting thread. */
    void awaitRoom() {
        if (hasRoom()) {
            return;
        }
        wakeTaker();
        long wanted = takenSeen + CAPACITY / 4;
        roomWanted = wanted;
        parkedSubmitter = Thread.currentThread();
        try {
            for (int attempt = 0; takenCount.get() < wanted; attempt++) {
                if (attempt < SPINS) {
                    Thread.onSpinWait();
                } else {
                    LockSupport.parkNanos(this, PARK_NANOS);
                }
            }
        } finally {
            parkedSubmitter = null;
        }
        takenSeen = takenCount.get();
    }

    /** Hands an event to the taker; the caller makes room first ({@link #hasRoom}). Submitting thread. */
    void submit(Event event) {
        if (!hasRoom()) {
            throw new IllegalStateException("the sink's ring is full");
        }
        events[(int) (submitted & MASK)] = event;
        submittedCount.lazySet(++submitted);
        if ((submitted & (BATCH - 1)) == 0) {
            wakeTaker();
        }
    }

    /** Wakes the taker if it is parked: events submitted must not wait for a block to fill. Submitting thread. */
    void wakeTaker() {
        Thread parked = parkedTaker;
        if (parked != null) {
            LockSupport.unpark(parked);
        }
    }

    /** Events submitted so far. Submitting thread. */
    long submitted() {
        return submitted;
    }

    /** Events taken back and handled so far. Any thread. */
    long taken() {
        return takenCount.get();
    }

    /** Whether an event waits to be taken back. Taking thread. */
    boolean nextReady() {
        if (taken < submittedSeen) {
            return true;
        }
        submittedSeen = submittedCount.get();
        return taken < submittedSeen;
    }

    /**
     * The oldest event not taken back, handed to {@code handler}; then its slot is free, and
     * {@link #taken} counts it, even if the handler failed (so a count of taken events is a count
     * of events the handler is done with). Taking thread; the caller checks {@link #nextReady} first.
     */
    void next(Consumer<Event> handler) {
        if (!nextReady()) {
            throw new IllegalStateException("no event waits in the ring");
        }
        int index = (int) (taken & MASK);
        Event event = events[index];
        events[index] = null;
        try {
            handler.accept(event);
        } finally {
            takenCount.lazySet(++taken);
            if (parkedSubmitter != null && taken >= roomWanted) {
                LockSupport.unpark(parkedSubmitter);
            }
        }
    }

    /**
     * Waits for the submitter, unless an event waits: spins briefly (a busy run submits again within
     * microseconds), then parks until woken, or at most {@value #PARK_NANOS} ns. Taking thread.
     */
    void awaitSubmitted() {
        for (int spin = 0; spin < SPINS; spin++) {
            if (nextReady() || closed) {
                return;
            }
            Thread.onSpinWait();
        }
        parkedTaker = Thread.currentThread();
        try {
            if (!nextReady() && !closed) {
                LockSupport.parkNanos(this, PARK_NANOS);
            }
        } finally {
            parkedTaker = null;
        }
    }

    /** From now on the taker does not wait for more events. */
    @Override
    public void close() {
        closed = true;
        wakeTaker();
    }

    /** A counter alone on its cache line (64 bytes of padding on either side of the value). */
    @SuppressWarnings("unused")
    static final class PaddedCounter extends AtomicLong {
        private long p1;
        private long p2;
        private long p3;
        private long p4;
        private long p5;
        private long p6;
        private long p7;
        private long p8;
    }
}
