package org.agora.core.kafka;

import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import org.agora.core.event.Event;

/**
 * Takes the events back from the {@link EventRing}, in order, and hands each to the sink's handler,
 * which encodes it to JSON and sends it through the {@link SpoolingProducer}, on a thread of its
 * own: neither the encoding nor Kafka's {@code send} (sizing, writing and compressing each record
 * into its batch) is paid by the simulation thread. Encoding and sending on one thread rather than
 * two: on two cores shared with the broker, a third sink thread cost more in hand-offs (its ring,
 * its wake-ups, the JSON crossing between cores) than it gained (docs/benchmarks.md).
 *
 * <p>Ownership of the spooling producer: while events wait in the ring, only this thread touches
 * it. The submitting thread touches it only after {@link #awaitSent} has seen every submitted
 * event sent: the sender then idles without touching it until the next submission, and the
 * counters' release stores and loads order the two threads' accesses.
 *
 * <p>A failure while encoding or sending (an event the codec refuses, a spool that cannot be written, even an
 * {@link Error}) does not stop the thread, which would hold the run forever: the events after it
 * are still sent, in order, and the first failure is thrown on the submitting thread by the next
 * {@link #awaitSent} or {@link #rethrowFailure}.
 */
final class SenderThread implements AutoCloseable {

    private final EventRing ring;
    private final Consumer<Event> handler;
    private volatile Throwable failure;
    private volatile boolean stopping;
    private volatile Thread waiter;
    private Thread thread;

    SenderThread(EventRing ring, Consumer<Event> handler) {
        this.ring = ring;
        this.handler = handler;
    }

    /** Starts the thread if it is not running. Submitting thread. */
    void start() {
        if (thread == null) {
            thread = new Thread(this::send, "agora-kafka-sender");
            thread.setDaemon(true);
            thread.start();
        }
    }

    private void send() {
        while (true) {
            if (ring.nextReady()) {
                do {
                    try {
                        ring.next(handler);
                    } catch (RuntimeException | Error e) {
                        // kept for the submitting thread; a sender that stopped here would hold the run forever
                        if (failure == null) {
                            failure = e;
                        }
                    }
                } while (ring.nextReady());
                Thread waiting = waiter;
                if (waiting != null) {
                    LockSupport.unpark(waiting);
                }
                continue;
            }
            if (stopping) {
                return;
            }
            ring.awaitSubmitted();
        }
    }

    /**
     * Waits until every event submitted so far has been sent (or spooled), then throws the first
     * failure of a send, if any. Submitting thread.
     */
    void awaitSent() {
        long submitted = ring.submitted();
        if (ring.taken() < submitted) {
            waiter = Thread.currentThread();
            try {
                ring.wakeTaker();
                while (ring.taken() < submitted) {
                    LockSupport.parkNanos(this, EventRing.PARK_NANOS);
                }
            } finally {
                waiter = null;
            }
        }
        rethrowFailure();
    }

    /** Throws the first failure of a send, once. Submitting thread. */
    void rethrowFailure() {
        Throwable failed = failure;
        if (failed != null) {
            failure = null;
            if (failed instanceof Error error) {
                throw error;
            }
            throw (RuntimeException) failed;
        }
    }

    /** Stops the thread once it has sent everything submitted; the caller has waited for that ({@link #awaitSent}). */
    @Override
    public void close() {
        stopping = true;
        ring.close();
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
