package org.agora.core.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import org.agora.core.config.BadInputException;
import org.agora.core.event.Event;
import org.agora.core.sink.EventJsonCodec;
import org.agora.core.sink.MalformedEventException;

/**
 * Reads an {@code events.jsonl} file (or a Kafka spool, which has the same form) line by line.
 * Following a file that a run is still writing, it takes only complete lines (ending in a line
 * feed), so a line caught half-written is read once it is whole; the last line may lack its line
 * feed only once the writer has finished. Bad records are reported with their line number.
 */
public final class JsonLinesSource implements EventSource {

    private static final int BUFFER_BYTES = 1 << 16;
    private static final long POLL_NANOS = 50_000_000L;

    private final Path file;
    private final EventJsonCodec codec;
    private final ReadOptions options;
    private final FileChannel channel;
    private final ByteBuffer buffer = ByteBuffer.allocate(BUFFER_BYTES);
    private byte[] partial = new byte[0];
    private long position;
    private long line;
    private long skipped;
    private boolean ended;

    /**
     * @throws BadInputException if the file cannot be opened
     */
    public JsonLinesSource(Path file, EventJsonCodec codec, ReadOptions options) {
        this.file = file;
        this.codec = codec;
        this.options = options;
        try {
            this.channel = FileChannel.open(file, StandardOpenOption.READ);
        } catch (NoSuchFileException e) {
            throw BadInputException.at(file.toString(), 0, null, "no such file");
        } catch (IOException e) {
            throw BadInputException.at(file.toString(), 0, null, "cannot read it (" + e.getClass().getSimpleName() + ")");
        }
        buffer.flip();
    }

    @Override
    public Optional<Event> next(Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        while (!ended) {
            byte[] text = completeLine();
            if (text == null) {
                boolean writerDone = !options.follows() || options.writerFinished().getAsBoolean();
                if (fill()) {
                    continue;
                }
                if (writerDone) {
                    ended = true;
                    text = partial.length > 0 ? partial : null;
                    partial = new byte[0];
                    if (text == null) {
                        return Optional.empty();
                    }
                    line++;
                } else {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        return Optional.empty();
                    }
                    sleep(Math.min(left, POLL_NANOS));
                    continue;
                }
            }
            Optional<Event> event = decode(text);
            if (event.isPresent()) {
                return event;
            }
        }
        return Optional.empty();
    }

    /** The next line that ends in a line feed, without it; null if the buffer holds none. */
    private byte[] completeLine() {
        for (int i = buffer.position(); i < buffer.limit(); i++) {
            if (buffer.get(i) == '\n') {
                byte[] text = new byte[partial.length + i - buffer.position()];
                System.arraycopy(partial, 0, text, 0, partial.length);
                buffer.get(text, partial.length, i - buffer.position());
                buffer.get();
                partial = new byte[0];
                line++;
                return text;
            }
        }
        if (buffer.hasRemaining()) {
            int old = partial.length;
            partial = Arrays.copyOf(partial, old + buffer.remaining());
            buffer.get(partial, old, buffer.remaining());
        }
        return null;
    }

    /** Reads more of the file; false at its current end. */
    private boolean fill() {
        try {
            buffer.clear();
            int read = channel.read(buffer, position);
            buffer.flip();
            if (read <= 0) {
                return false;
            }
            position += read;
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private Optional<Event> decode(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.isBlank()) {
            return reject(text, "empty line");
        }
        try {
            return Optional.of(codec.decode(text));
        } catch (MalformedEventException e) {
            return reject(text, e.getMessage());
        }
    }

    private Optional<Event> reject(String text, String reason) {
        BadRecord bad = new BadRecord(file + ":" + line, reason, text);
        if (options.onBadRecord() == ReadOptions.OnBadRecord.FAIL) {
            throw BadInputException.at(file.toString(), (int) line, null, reason);
        }
        skipped++;
        options.badRecords().accept(bad);
        return Optional.empty();
    }

    @Override
    public boolean ended() {
        return ended;
    }

    @Override
    public String location() {
        return file.toString();
    }

    @Override
    public long skipped() {
        return skipped;
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close " + file, e);
        }
    }

    private static void sleep(long nanos) {
        try {
            Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while following a file", e);
        }
    }
}
