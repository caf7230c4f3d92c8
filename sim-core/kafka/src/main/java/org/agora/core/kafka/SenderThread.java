package org.agora.core.kafka;

import java.util.concurrent.locks.LockSupport;

/**
 * Takes the encoded events back from the {@link EncoderThread}, in order, and hands each to the
 * {@link SpoolingProducer} on a thread of its own, so that Kafka's {@code send} (sizing, writing
 * and compressing each record into its batch) is not paid by the simulation thread.
 *
 * <p>Ownership of the spooling producer: while events wait in the ring, only this thread touches
 * it. The submitting thread touches it only after {@link #awaitSent} has seen every submitted
 * event sent: the sender then idles without touching it until the next submission, and the
 * counters' release stores and loads order the two threads' accesses.
 *
 * <p>A failure while sending (an event the codec refuses, a spool that cannot be written, even an
 * {@link Error}) does not stop the thread, which would hold the run forever: the events after it
 * are still sent, in order, and the first failure is thrown on the submitting thread by the next
 * {@link #awaitSent} or {@link #rethrowFailure}.
 */
final class SenderThread implements AutoCloseable {

    private final EncoderThread encoding;
    private final EncoderThread.Encoded handler;
    private volatile Throwable failure;
    private volatile boolean stopping;
    private volatile Thread waiter;
    private Thread thread;

    SenderThread(EncoderThread encoding, EncoderThread.Encoded handler) {
        this.encoding = encoding;
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
            if (encoding.nextReady()) {
                do {
                    try {
                        encoding.next(handler);
                    } catch (RuntimeException | Error e) {
                        // kept for the submitting thread; a sender that stopped here would hold the run forever
                        if (failure == null) {
                            failure = e;
                        }
                    }
                } while (encoding.nextReady());
                Thread waiting = waiter;
                if (waiting != null) {
                    LockSupport.unpark(waiting);
                }
                continue;
            }
            if (stopping) {
                return;
            }
            encoding.awaitEncoded();
        }
    }

    /**
     * Waits until every event submitted so far has been sent (or spooled), then throws the first
     * failure of a send, if any. Submitting thread.
     */
    void awaitSent() {
        long submitted = encoding.submitted();
        if (encoding.taken() < submitted) {
            waiter = Thread.currentThread();
            try {
                encoding.wakeEncoder();
                while (encoding.taken() < submitted) {
                    LockSupport.parkNanos(this, EncoderThread.PARK_NANOS);
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

    /** Stops the thread once it has sent everything encoded; the caller has waited for that ({@link #awaitSent}). */
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
