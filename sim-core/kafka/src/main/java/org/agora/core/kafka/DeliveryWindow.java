package org.agora.core.kafka;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.common.errors.RetriableException;

/**
 * The records handed to the producer, in the order they were sent, until Kafka acknowledges
 * them; bounded in bytes. The sending thread (the sink's sender thread) adds and waits for
 * room; the producer's I/O thread completes records. Acknowledged records leave from the head; the ones left when the
 * producer is closed are the unconfirmed ones, still in order.
 *
 * <p>The bytes held are the bytes added (counted by the sending thread alone) less the bytes
 * completed (counted by the completing threads): no counter is updated by both threads at every
 * record, and the sending thread reads the completed bytes only when its last reading leaves no
 * room, so the two threads do not take a cache line from each other at every record.
 */
final class DeliveryWindow {

    private static final long PARK_NANOS = 2_000_000L;

    private final long limitBytes;
    private final ArrayDeque<PendingRecord> sent = new ArrayDeque<>();
    /** Bytes of the records added: sending thread only. */
    private long addedBytes;
    /** Bytes of the records completed (acknowledged, failed or not taken): any completing thread. */
    private final AtomicLong completedBytes = new AtomicLong();
    /** The sending thread's last reading of {@link #completedBytes}. */
    private long completedSeen;
    private final AtomicLong acknowledged = new AtomicLong();
    private final AtomicReference<Exception> failure = new AtomicReference<>();
    private volatile Thread waiter;
    private volatile Thread sender;
    private volatile boolean closing;

    DeliveryWindow(long limitBytes) {
        this.limitBytes = limitBytes;
    }

    /** Records a record as about to be handed to the producer by the calling (sending) thread. */
    void add(PendingRecord record) {
        Thread current = Thread.currentThread();
        if (sender != current) {
            // a volatile write costs a fence: only when the sending thread changes
            sender = current;
        }
        sent.addLast(record);
        addedBytes += record.bytes();
    }

    /**
     * Takes back the record just added if the producer failed it at once with a retriable error
     * (its metadata is missing while a broker restarts): it was never handed over, and nothing
     * was sent after it, so it can be sent again later in its place. Sending thread.
     */
    boolean retractIfFailedAtOnce(PendingRecord record) {
        if (record.state != PendingRecord.NOT_TAKEN) {
            return false;
        }
        sent.pollLast();
        return true;
    }

    /** Called by the producer when a record is acknowledged or failed. Any thread. */
    void completed(PendingRecord record, Exception exception) {
        if (exception instanceof RetriableException && Thread.currentThread() == sender) {
            // reported within send() itself, on the sending thread: the producer did not take it
            record.state = PendingRecord.NOT_TAKEN;
            completedBytes.addAndGet(record.bytes());
            return;
        }
        if (exception == null) {
            record.state = PendingRecord.ACKNOWLEDGED;
            acknowledged.incrementAndGet();
        } else {
            record.state = PendingRecord.FAILED;
            if (!closing) {
                failure.compareAndSet(null, exception);
            }
        }
        completedBytes.addAndGet(record.bytes());
        Thread waiting = waiter;
        if (waiting != null) {
            LockSupport.unpark(waiting);
        }
    }

    /** Forgets the acknowledged records at the head. Sending thread. */
    void releaseAcknowledged() {
        PendingRecord head;
        while ((head = sent.peekFirst()) != null && head.state == PendingRecord.ACKNOWLEDGED) {
            sent.pollFirst();
        }
    }

    /** Whether a record of {@code bytes} fits (any record fits when nothing is held). Sending thread. */
    boolean hasRoom(int bytes) {
        if (fits(bytes)) {
            return true;
        }
        completedSeen = completedBytes.get();
        return fits(bytes);
    }

    private boolean fits(int bytes) {
        long held = addedBytes - completedSeen;
        return held == 0 || held + bytes <= limitBytes;
    }

    /**
     * Waits until {@code bytes} fit, as long as Kafka keeps acknowledging: gives up once nothing
     * was acknowledged for {@code patience}, or when a record failed.
     *
     * @return true if there is room
     */
    boolean awaitRoom(int bytes, Duration patience) {
        long patienceNanos = patience.toNanos();
        long seen = acknowledged.get();
        long deadline = System.nanoTime() + patienceNanos;
        waiter = Thread.currentThread();
        try {
            while (!hasRoom(bytes)) {
                if (failure.get() != null) {
                    return false;
                }
                long now = System.nanoTime();
                long count = acknowledged.get();
                if (count != seen) {
                    seen = count;
                    deadline = now + patienceNanos;
                } else if (now - deadline >= 0) {
                    return false;
                }
                LockSupport.parkNanos(PARK_NANOS);
            }
            return true;
        } finally {
            waiter = null;
        }
    }

    /** Waits a little for an acknowledgement (at most {@code nanos}). */
    void awaitProgress(long nanos) {
        waiter = Thread.currentThread();
        try {
            LockSupport.parkNanos(Math.min(nanos, PARK_NANOS * 5));
        } finally {
            waiter = null;
        }
    }

    /** True if every record sent has been acknowledged. */
    boolean allAcknowledged() {
        releaseAcknowledged();
        return sent.isEmpty();
    }

    long acknowledged() {
        return acknowledged.get();
    }

    /** The first failure Kafka reported (a record it will not take), or null. */
    Exception failure() {
        return failure.get();
    }

    /** From now on failures are the sink's own aborts at closing, not Kafka's refusals. */
    void closing() {
        closing = true;
    }

    /** The records not acknowledged, in the order they were sent. Sending thread. */
    List<PendingRecord> unconfirmed() {
        List<PendingRecord> left = new ArrayList<>();
        for (PendingRecord record : sent) {
            if (record.state != PendingRecord.ACKNOWLEDGED) {
                left.add(record);
            }
        }
        return left;
    }
}
