package org.agora.core.sink;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.agora.core.event.Event;

/**
 * Writes events as JSON lines (one {@link EventJsonCodec} object and a line feed per event) to a
 * file, through the encoder's buffer. The buffer is flushed at the end of the run, when the run
 * fails, and whenever it is full; a write error is thrown, never swallowed. An event the codec
 * cannot encode is thrown and leaves no partial line in the file.
 *
 * <p>Threading: not thread-safe; called by the run's thread.
 */
public final class JsonLinesSink implements EventSink {

    private static final int BUFFER_BYTES = 1 << 16;

    private final Path file;
    private final OutputStream out;
    private final EventJsonCodec.Encoder encoder = EventJsonCodec.encoder();
    private long written;
    private boolean closed;

    /** Creates (or truncates) {@code file} and writes events to it. */
    public JsonLinesSink(Path file) {
        this.file = file;
        try {
            this.out = Files.newOutputStream(file);
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
        encoder.appendLine(event);
        written++;
        if (encoder.buffered() >= BUFFER_BYTES) {
            try {
                encoder.drainTo(out);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + file, e);
            }
        }
    }

    @Override
    public void flush() {
        if (closed) {
            return;
        }
        try {
            encoder.drainTo(out);
            out.flush();
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
        try (OutputStream target = out) {
            encoder.drainTo(target);
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
