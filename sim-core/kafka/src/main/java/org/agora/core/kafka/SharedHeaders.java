package org.agora.core.kafka;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * The headers of every record of one event type in one execution, made once, read-only, and handed
 * to Kafka as they are: {@link #toArray} returns the same array at every call instead of a copy, so
 * that the producer, which asks each record for its headers as an array and only reads it, does
 * not copy six headers per record. Nothing may write into that array: Kafka's producer reads it to
 * size and write the record; Agora's code reads it through {@link RecordLabels} only.
 *
 * <p>Threading: immutable once made; shared by the sink's sender thread and Kafka's threads.
 */
final class SharedHeaders extends RecordHeaders {

    private final Header[] array;

    SharedHeaders(Header[] headers) {
        super(headers);
        this.array = headers.clone();
        setReadOnly();
    }

    /** The headers in order, the same array at every call: read it, never write into it. */
    @Override
    public Header[] toArray() {
        return array;
    }
}
