package org.agora.core.kafka;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.agora.core.event.Event;
import org.agora.core.sink.EventJsonCodec;

/**
 * Encodes a sink's events to JSON on a thread of its own, in the order they were accepted, so
 * that the simulation thread only hands each event over and sends what is encoded: a bounded
 * ring of {@link #CAPACITY} events between one submitting thread and the encoder. Events are
 * immutable records, so handing one to another thread is safe. A full ring holds the submitter
 * until the encoder catches up (backpressure): nothing is ever dropped.
 *
 * <p>Threading: {@link #submit}, {@link #hasRoom}, {@link #next} and {@link #close} on one
 * thread, the submitter (the simulation thread); encoding on the encoder's thread, started with
 * the first event. The counters are the only shared state: a slot is written before the counter
 * that publishes it (volatile), and read after it.
 */
final class EncoderThread implements AutoCloseable {

    /** Events between the submitter and the encoder (a power of two). */
    static final int CAPACITY = 1 << 10;
    private static final int MASK = CAPACITY - 1;
    private static final int SPINS = 64;
    private static final long IDLE_PARK_NANOS = 100_000;
    private static final long FULL_PARK_NANOS = 5_000;

    private final Event[] events = new Event[CAPACITY];
    private final byte[][] encoded = new byte[CAPACITY][];
    private final RuntimeException[] failures = new RuntimeException[CAPACITY];
    /** Events submitted: written by the submitter only (a release store publishes the slot). */
    private final AtomicLong submitted = new AtomicLong();
    /** Events encoded: written by the encoder only (a release store publishes the slot). */
    private final AtomicLong encodedCount = new AtomicLong();
    /** Events taken back by the submitter (its own counter). */
    private long taken;
    private volatile boolean stopping;
    private Thread thread;

    /** Whether an event can be submitted without taking one back first. */
    boolean hasRoom() {
        return submitted.get() - taken < CAPACITY;
    }

    /** Whether events submitted have not been taken back yet. */
    boolean hasPending() {
        return taken < submitted.get();
    }

    /** Hands an event to the encoder; the caller makes room first ({@link #hasRoom}). */
    void submit(Event event) {
        if (!hasRoom()) {
            throw new IllegalStateException("the encoder's ring is full");
        }
        if (thread == null) {
            start();
        }
        long slot = submitted.get();
        events[(int) (slot & MASK)] = event;
        submitted.lazySet(slot + 1);
    }

    /** Whether the oldest event not taken back is encoded already. */
    boolean nextReady() {
        return taken < encodedCount.get();
    }

    /**
     * The oldest event not taken back, once encoded (waiting for the encoder if needed), handed to
     * {@code handler} with its JSON; then its slot is free.
     *
     * @throws RuntimeException the encoder's failure for this event (an event the codec refuses)
     */
    void next(Encoded handler) {
        long slot = taken;
        if (slot >= submitted.get()) {
            throw new IllegalStateException("no event waits in the encoder");
        }
        for (int spins = 0; slot >= encodedCount.get(); spins++) {
            if (spins < SPINS) {
                Thread.onSpinWait();
            } else {
                LockSupport.parkNanos(FULL_PARK_NANOS);
            }
        }
        int index = (int) (slot & MASK);
        Event event = events[index];
        byte[] json = encoded[index];
        RuntimeException failure = failures[index];
        events[index] = null;
        encoded[index] = null;
        failures[index] = null;
        taken = slot + 1;
        if (failure != null) {
            throw failure;
        }
        handler.accept(event, json);
    }

    /** What the submitter does with each encoded event, in order. */
    @FunctionalInterface
    interface Encoded {
        void accept(Event event, byte[] json);
    }

    private void start() {
        thread = new Thread(this::encode, "agora-kafka-encoder");
        thread.setDaemon(true);
        thread.start();
    }

    private void encode() {
        EventJsonCodec.Encoder encoder = EventJsonCodec.encoder();
        long done = 0;
        int idle = 0;
        while (true) {
            long available = submitted.get();
            if (done == available) {
                if (stopping) {
                    return;
                }
                if (++idle < SPINS) {
                    Thread.onSpinWait();
                } else {
                    LockSupport.parkNanos(IDLE_PARK_NANOS);
                }
                continue;
            }
            idle = 0;
            while (done < available) {
                int index = (int) (done & MASK);
                try {
                    encoded[index] = encoder.encode(events[index]);
                } catch (RuntimeException e) {
                    failures[index] = e;
                }
                done++;
                encodedCount.lazySet(done);
            }
        }
    }

    /** Stops the encoder once it has encoded everything submitted; the submitter takes those back first. */
    @Override
    public void close() {
        stopping = true;
        if (thread != null) {
            LockSupport.unpark(thread);
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
