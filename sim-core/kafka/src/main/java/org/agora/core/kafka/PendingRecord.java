package org.agora.core.kafka;

import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Headers;

/**
 * One event handed to the producer and not yet known to be acknowledged: its bytes are kept until
 * Kafka acknowledges it, so that it can be spooled if that never happens. It is the producer record
 * itself and its own delivery callback, so that a record costs the sending thread one object
 * besides what Kafka makes. Its Kafka timestamp is left to the producer (the time of the send, as
 * {@link #timestampMs} is), which saves a boxed {@code Long} per record. Its headers are the ones
 * it is given, not a copy ({@link #headers()}): the shared, read-only headers of its event type
 * ({@link SharedHeaders}), unless producer interceptors may add to them. Threading: made on the
 * sending thread (the sink's sender thread), completed on the producer's I/O thread.
 */
final class PendingRecord extends ProducerRecord<byte[], byte[]> implements Callback {

    /** Bytes counted per record besides key and value (the object, headers and arrays). */
    static final int OVERHEAD_BYTES = 96;

    static final int WAITING = 0;
    static final int ACKNOWLEDGED = 1;
    static final int FAILED = 2;
    /** Failed within {@code send()} with a retriable error: the producer never took it. */
    static final int NOT_TAKEN = 3;

    final long seq;
    /** When it was handed over (epoch milliseconds): the age of the oldest unconfirmed record in the spool's metadata. */
    final long timestampMs;
    private final int bytes;
    private final DeliveryWindow window;
    private final Headers headers;
    volatile int state = WAITING;
    /** Whether the spool file holds it (it was sent from the spool, or journaled): sending thread only. */
    boolean onDisk;

    /**
     * @param headers the record's headers, kept as they are (ProducerRecord's own constructor
     *     would copy them into a list of its own for every record)
     */
    PendingRecord(String topic, long seq, byte[] key, byte[] value, Headers headers, long timestampMs, DeliveryWindow window) {
        super(topic, null, null, key, value, null);
        this.headers = headers;
        this.seq = seq;
        this.timestampMs = timestampMs;
        this.bytes = key.length + value.length + OVERHEAD_BYTES;
        this.window = window;
    }

    @Override
    public Headers headers() {
        return headers;
    }

    int bytes() {
        return bytes;
    }

    @Override
    public void onCompletion(RecordMetadata metadata, Exception exception) {
        window.completed(this, exception);
    }

    /** Identity: two events with the same bytes are still two records (ProducerRecord compares contents). */
    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    @Override
    public String toString() {
        return "PendingRecord(topic=" + topic() + ", seq=" + seq + ", headers=" + headers + ", " + bytes + " bytes)";
    }
}
