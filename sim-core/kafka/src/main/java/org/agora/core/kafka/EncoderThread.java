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
 * <p>Threading: {@link #submit}, {@link #hasRoom} and {@link #submitted} on the submitting thread;
 * {@link #nextReady}, {@link #next} and {@link #taken} on the taking thread (the two may be one
 * thread); {@link #close} once neither submits or takes any more. Encoding runs on the encoder's
 * thread, started with the first event. The three counters are the only shared state: a slot is
 * written before the counter that publishes it (a release store), and read after it; each
 * counter sits on a cache line of its own, so that the three threads do not invalidate each
 * other's lines at every event.
 */
final class EncoderThread implements AutoCloseable {

    /** Events between the submitter and the taker (a power of two). */
    static final int CAPACITY = 1 << 12;
    private static final int MASK = CAPACITY - 1;
    private static final int SPINS = 64;
    private static final long IDLE_PARK_NANOS = 50_000;
    private static final long FULL_PARK_NANOS = 5_000;

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

    /** Waits (spinning, then parking) until an event can be submitted. Submitting thread. */
    void awaitRoom() {
        for (int spins = 0; !hasRoom(); spins++) {
            pause(spins, FULL_PARK_NANOS);
        }
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
                pause(idle++, IDLE_PARK_NANOS);
                continue;
            }
            idle = 0;
            while (done < available) {
                int index = (int) (done & MASK);
                try {
                    encoded[index] = encoder.encode(events[index]);
                } catch (RuntimeException e) {
                    failures[index] = e;
                    // the failed event's generator is left inside its object: the next event needs a fresh one
                    encoder = EventJsonCodec.encoder();
                }
                done++;
                encodedCount.lazySet(done);
            }
        }
    }

    /** Spins a little, then parks: the threads of a pipeline share two cores with the rest of the run. */
    static void pause(int attempt, long parkNanos) {
        if (attempt < SPINS) {
            Thread.onSpinWait();
        } else {
            LockSupport.parkNanos(parkNanos);
        }
    }

    /** Stops the encoder once it has encoded everything submitted. */
    @Override
    public void close() {
        stopping = true;
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
