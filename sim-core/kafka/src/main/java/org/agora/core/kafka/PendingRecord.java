package org.agora.core.kafka;

import java.util.List;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;

/**
 * One event handed to the producer and not yet known to be acknowledged: its bytes are kept until
 * Kafka acknowledges it, so that it can be spooled if that never happens. It is its own delivery
 * callback. Threading: made on the sending thread (the sink's sender thread), completed on the producer's I/O thread.
 */
final class PendingRecord implements Callback {

    /** Bytes counted per record besides key and value (the object, headers and arrays). */
    static final int OVERHEAD_BYTES = 96;

    static final int WAITING = 0;
    static final int ACKNOWLEDGED = 1;
    static final int FAILED = 2;
    /** Failed within {@code send()} with a retriable error: the producer never took it. */
    static final int NOT_TAKEN = 3;

    final long seq;
    final byte[] key;
    final byte[] value;
    final List<Header> headers;
    final long timestampMs;
    private final DeliveryWindow window;
    volatile int state = WAITING;
    /** Whether the spool file holds it (it was sent from the spool, or journaled): sending thread only. */
    boolean onDisk;

    PendingRecord(long seq, byte[] key, byte[] value, List<Header> headers, long timestampMs, DeliveryWindow window) {
        this.seq = seq;
        this.key = key;
        this.value = value;
        this.headers = headers;
        this.timestampMs = timestampMs;
        this.window = window;
    }

    int bytes() {
        return key.length + value.length + OVERHEAD_BYTES;
    }

    @Override
    public void onCompletion(RecordMetadata metadata, Exception exception) {
        window.completed(this, exception);
    }
}
