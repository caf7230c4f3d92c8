package org.agora.core.kafka;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.agora.core.event.Event;
import org.agora.core.sink.EventJsonCodec;

/**
 * Encodes a sink's events to JSON on a thread of its own, in the order they were accepted: a
 * bounded ring of {@link #CAPACITY} events between one submitting thread (the simulation thread),
 * the encoder, and one taking thread that takes each event back with its JSON (the
 * {@link SenderThread}). Events are immutable records, so handing one to another thread is safe.
 * A full ring holds the submitter until the taker frees slots (backpressure): nothing is ever
 * dropped.
 *
 * <p>Hand-offs in blocks: on a machine of two cores the simulation thread, the encoder, the
 * sender and Kafka's I/O thread take turns, so a thread that waits parks rather than spins, and
 * is woken once per block of events, not per event: a full ring holds the submitter until a
 * quarter of it is free, an idle encoder is woken every {@value #BATCH} submissions, an idle taker
 * every {@value #BATCH} encoded events or when the encoder, caught up, is about to park (waking a
 * parked thread is a system call: the first profile of this ring, which woke the taker whenever the
 * encoder caught up, put a quarter of the encoder's samples in {@code LockSupport.unpark}). Every park is bounded
 * ({@value #PARK_NANOS} ns), so a wake-up lost to a race, or a block not yet full in a slow run,
 * delays events by at most that.
 *
 * <p>Threading: {@link #submit}, {@link #hasRoom}, {@link #awaitRoom}, {@link #submitted} and
 * {@link #wakeEncoder} on the submitting thread; {@link #nextReady}, {@link #next} and
 * {@link #awaitEncoded} on the taking thread (the two may be one thread); {@link #taken} on any;
 * {@link #close} once neither submits or takes any more. Encoding runs on the encoder's thread,
 * started with the first event. The three counters are the only shared state besides the parked
 * threads: a slot is written before the counter that publishes it (a release store), and read
 * after it; each counter sits on a cache line of its own, so that the three threads do not
 * invalidate each other's lines at every event.
 */
final class EncoderThread implements AutoCloseable {

    /** Events between the submitter and the taker (a power of two). */
    static final int CAPACITY = 1 << 12;
    private static final int MASK = CAPACITY - 1;
    /** Events per block: a parked thread is woken once per block (a power of two). */
    static final int BATCH = 64;
    /** The longest park of a waiting thread. */
    static final long PARK_NANOS = 1_000_000;
    private static final int SPINS = 16;

    private final Event[] events = new Event[CAPACITY];
    private final byte[][] encoded = new byte[CAPACITY][];
    private final RuntimeException[] failures = new RuntimeException[CAPACITY];
    /** Events submitted: written by the submitter only (a release store publishes the slot). */
    private final PaddedCounter submittedCount = new PaddedCounter();
    /** Events encoded: written by the encoder only (a release store publishes the slot). */
    private final PaddedCounter encodedCount = new PaddedCounter();
    /** Events taken back: written by the taker only (a release store frees the slot). */
    private final PaddedCounter takenCount = new PaddedCounter();
    /** The submitter's own copy of its counter, and the last count of taken events it read. */
    private long submitted;
    private long takenSeen;
    /** The taker's own copy of its counter, and the last count of encoded events it read. */
    private long taken;
    private long encodedSeen;
    private volatile Thread parkedEncoder;
    private volatile Thread parkedTaker;
    private volatile Thread parkedSubmitter;
    /** The count of taken events at which the parked submitter wants waking. */
    private volatile long roomWanted;
    private volatile boolean stopping;
    private volatile Thread thread;

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
        wakeEncoder();
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

    /** Hands an event to the encoder; the caller makes room first ({@link #hasRoom}). Submitting thread. */
    void submit(Event event) {
        if (!hasRoom()) {
            throw new IllegalStateException("the encoder's ring is full");
        }
        if (thread == null) {
            start();
        }
        events[(int) (submitted & MASK)] = event;
        submittedCount.lazySet(++submitted);
        if ((submitted & (BATCH - 1)) == 0) {
            wake(parkedEncoder);
        }
    }

    /** Wakes the encoder if it is parked: events submitted must not wait for a block to fill. Submitting thread. */
    void wakeEncoder() {
        wake(parkedEncoder);
    }

    /** Events submitted so far. Submitting thread. */
    long submitted() {
        return submitted;
    }

    /** Events taken back and handled so far. Any thread. */
    long taken() {
        return takenCount.get();
    }

    /** Whether the oldest event not taken back is encoded already. Taking thread. */
    boolean nextReady() {
        if (taken < encodedSeen) {
            return true;
        }
        encodedSeen = encodedCount.get();
        return taken < encodedSeen;
    }

    /**
     * The oldest event not taken back, once encoded, handed to {@code handler} with its JSON; then
     * its slot is free, and {@link #taken} counts it (so a count of taken events is a count of
     * events the handler is done with). Taking thread; the caller checks {@link #nextReady} first.
     *
     * @throws RuntimeException the encoder's failure for this event (an event the codec refuses)
     */
    void next(Encoded handler) {
        if (!nextReady()) {
            throw new IllegalStateException("no encoded event waits in the ring");
        }
        int index = (int) (taken & MASK);
        Event event = events[index];
        byte[] json = encoded[index];
        RuntimeException failure = failures[index];
        events[index] = null;
        encoded[index] = null;
        failures[index] = null;
        try {
            if (failure != null) {
                throw failure;
            }
            handler.accept(event, json);
        } finally {
            takenCount.lazySet(++taken);
            if (parkedSubmitter != null && taken >= roomWanted) {
                wake(parkedSubmitter);
            }
        }
    }

    /** Parks until the encoder wakes it, or at most {@value #PARK_NANOS} ns, unless an encoded event waits. Taking thread. */
    void awaitEncoded() {
        parkedTaker = Thread.currentThread();
        try {
            if (!nextReady() && !stopping) {
                LockSupport.parkNanos(this, PARK_NANOS);
            }
        } finally {
            parkedTaker = null;
        }
    }

    /** What the taker does with each encoded event, in order. */
    @FunctionalInterface
    interface Encoded {
        void accept(Event event, byte[] json);
    }

    private void start() {
        Thread encoder = new Thread(this::encode, "agora-kafka-encoder");
        encoder.setDaemon(true);
        thread = encoder;
        encoder.start();
    }

    private void encode() {
        EventJsonCodec.Encoder encoder = EventJsonCodec.encoder();
        long done = 0;
        int idle = 0;
        while (true) {
            long available = submittedCount.get();
            if (done == available) {
                if (stopping) {
                    return;
                }
                if (idle++ < SPINS) {
                    Thread.onSpinWait();
                } else {
                    // caught up with the submitter and about to park: the taker need not wait for the block to fill
                    wake(parkedTaker);
                    parkedEncoder = Thread.currentThread();
                    if (submittedCount.get() == done && !stopping) {
                        LockSupport.parkNanos(this, PARK_NANOS);
                    }
                    parkedEncoder = null;
                }
                continue;
            }
            idle = 0;
            while (done < available) {
                int index = (int) (done & MASK);
                try {
                    encoded[index] = encoder.encode(events[index]);
                } catch (RuntimeException | Error e) {
                    // kept in the event's place; an encoder that stopped here would hold the run forever
                    failures[index] = e instanceof RuntimeException failure ? failure : new IllegalStateException(
                            "encoding " + events[index].getClass().getSimpleName() + " failed: " + e, e);
                    // the failed event's generator is left inside its object: the next event needs a fresh one
                    encoder = EventJsonCodec.encoder();
                }
                done++;
                encodedCount.lazySet(done);
                if ((done & (BATCH - 1)) == 0) {
                    wake(parkedTaker);
                }
            }
        }
    }

    private static void wake(Thread parked) {
        if (parked != null) {
            LockSupport.unpark(parked);
        }
    }

    /** Stops the encoder once it has encoded everything submitted. */
    @Override
    public void close() {
        stopping = true;
        wake(parkedTaker);
        Thread encoder = thread;
        if (encoder != null) {
            LockSupport.unpark(encoder);
            try {
                encoder.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
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
