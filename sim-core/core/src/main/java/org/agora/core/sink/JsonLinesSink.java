package org.agora.core.sink;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.agora.core.event.Event;

/**
 * Writes events as JSON lines (one {@link EventJsonCodec} object and a line feed per event) to a
 * file, through a buffer. The buffer is flushed at the end of the run, when the run fails, and
 * whenever it is full; a write error is thrown, never swallowed.
 */
public final class JsonLinesSink implements EventSink {

    private static final int BUFFER_BYTES = 1 << 16;

    private final Path file;
    private final JsonGenerator generator;
    private long written;
    private boolean closed;

    /** Creates (or truncates) {@code file} and writes events to it. */
    public JsonLinesSink(Path file) {
        this.file = file;
        try {
            OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), BUFFER_BYTES);
            this.generator = EventJsonCodec.generator(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** The file written. */
    public Path file() {
        return file;
    }

    @Override
    public void accept(Event event) {
        try {
            EventJsonCodec.write(event, generator);
            generator.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        written++;
    }

    @Override
    public void flush() {
        if (closed) {
            return;
        }
        try {
            generator.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            generator.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    @Override
    public String name() {
        return file.getFileName().toString();
    }

    @Override
    public long written() {
        return written;
    }
}
