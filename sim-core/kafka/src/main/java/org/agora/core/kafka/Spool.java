package org.agora.core.kafka;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import org.agora.core.run.IoFailure;

/**
 * Events waiting on disk for Kafka, in order: a file of JSON lines in the events.jsonl format,
 * appended at its end and read back from its start. It is created on the first event it takes;
 * at the end of a run it is rewritten to hold exactly what Kafka never acknowledged.
 *
 * <p>Durability: every append reaches the operating system before {@link #append} returns, so a
 * process killed at any moment (SIGKILL, the OOM killer) leaves every event the spool accepted
 * in the file, with at most a torn last line; the file is forced to the disk at most
 * {@value #SYNC_INTERVAL_MILLIS} ms after an append and when the spool is rewritten, so a crash
 * of the machine loses at most that last second. Lines {@linkplain #journal journaled} are
 * copies of events already handed to Kafka: kept for a killed run's resend, never read back here.
 *
 * <p>Threading: one thread at a time, the sink's sender thread while it sends or the simulation
 * thread once the sender has sent everything ({@link SenderThread}); {@link #exists} and
 * {@link #unsent} may be read from any thread.
 */
final class Spool implements AutoCloseable {

    private static final int BUFFER_BYTES = 1 << 16;
    static final long SYNC_INTERVAL_MILLIS = 1000;

    private final Path file;
    private FileChannel channel;
    private volatile OutputStream writer;
    private long syncDueNanos;
    private boolean unsynced;
    private FileChannel reader;
    private final ByteBuffer readBuffer = ByteBuffer.allocate(BUFFER_BYTES);
    private long readOffset;
    private long consumedOffset;
    private volatile long appended;
    private volatile long taken;
    private byte[] next;
    private int nextLength;

    Spool(Path file) {
        this.file = file;
        readBuffer.flip();
    }

    Path file() {
        return file;
    }

    /** Whether the file has been created. */
    boolean exists() {
        return writer != null;
    }

    /** Adds one event's JSON (without line break) at the end, written through to the operating system. */
    void append(byte[] json) {
        write(json);
        appended++;
    }

    /**
     * Adds copies of events already handed to Kafka and not yet acknowledged (their JSON, in the
     * order they were sent), so that the file holds them should the process be killed; they are
     * not read back. Only while nothing appended waits to be taken back.
     */
    void journal(List<byte[]> handedOver) {
        if (hasUnsent()) {
            throw new IllegalStateException("journal lines would fall among events waiting to be sent");
        }
        if (handedOver.isEmpty()) {
            return;
        }
        for (byte[] json : handedOver) {
            write(json);
        }
        try {
            long end = channel.size();
            readOffset = end;
            consumedOffset = end;
            readBuffer.clear().flip();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the size of the Kafka spool " + file, e);
        }
    }

    private void write(byte[] json) {
        try {
            if (writer == null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
                channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                        StandardOpenOption.TRUNCATE_EXISTING);
                writer = new BufferedOutputStream(java.nio.channels.Channels.newOutputStream(channel), BUFFER_BYTES);
            }
            writer.write(json);
            writer.write('\n');
            writer.flush();
            long now = System.nanoTime();
            if (!unsynced) {
                unsynced = true;
                syncDueNanos = now + SYNC_INTERVAL_MILLIS * 1_000_000L;
            } else if (now - syncDueNanos >= 0) {
                sync();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the Kafka spool " + file + " (" + IoFailure.cause(e) + ")", e);
        }
    }

    /** Forces what was appended to the disk. */
    void sync() {
        if (channel != null && unsynced) {
            try {
                channel.force(false);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the Kafka spool " + file, e);
            }
            unsynced = false;
        }
    }

    /** Events appended and not yet taken back. */
    long unsent() {
        return appended - taken;
    }

    boolean hasUnsent() {
        return appended > taken;
    }

    /** The next event to take back (its JSON), without taking it; null if none. */
    byte[] peek() {
        if (next == null && hasUnsent()) {
            next = readLine();
        }
        return next;
    }

    /** Takes back the event {@link #peek()} returned. */
    void take() {
        if (peek() == null) {
            throw new IllegalStateException("the spool is empty");
        }
        consumedOffset += nextLength;
        next = null;
        taken++;
    }

    /** Forces appended events to the disk if they have waited there for a sync long enough. */
    void flush() {
        if (unsynced && System.nanoTime() - syncDueNanos >= 0) {
            sync();
        }
    }

    /**
     * Rewrites the spool as {@code first} followed by the events not taken back, and returns their
     * number; with none, the file is deleted. Later appends and reads are not allowed.
     */
    long rewrite(List<byte[]> first) {
        long total = first.size() + unsent();
        try {
            if (total == 0) {
                close();
                Files.deleteIfExists(file);
                return 0;
            }
            Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (FileChannel out = FileChannel.open(temporary, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                for (byte[] json : first) {
                    ByteBuffer line = ByteBuffer.allocate(json.length + 1).put(json).put((byte) '\n').flip();
                    while (line.hasRemaining()) {
                        out.write(line);
                    }
                }
                if (unsent() > 0) {
                    try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
                        long position = consumedOffset;
                        long size = in.size();
                        while (position < size) {
                            position += in.transferTo(position, size - position, out);
                        }
                    }
                }
                out.force(true);
            }
            close();
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return total;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the Kafka spool " + file, e);
        }
    }

    /** Copies the events not taken back, as JSON lines, to {@code out}. */
    void copyUnsentTo(OutputStream out) throws IOException {
        if (!hasUnsent()) {
            return;
        }
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
            java.nio.channels.WritableByteChannel target = java.nio.channels.Channels.newChannel(out);
            long position = consumedOffset;
            long size = in.size();
            while (position < size) {
                position += in.transferTo(position, size - position, target);
            }
        }
    }

    @Override
    public void close() {
        try {
            if (writer != null) {
                writer.close();
                writer = null;
                channel = null;
            }
            if (reader != null) {
                reader.close();
                reader = null;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the Kafka spool " + file, e);
        }
    }

    private byte[] readLine() {
        try {
            if (reader == null) {
                reader = FileChannel.open(file, StandardOpenOption.READ);
            }
            byte[] partial = null;
            while (true) {
                for (int i = readBuffer.position(); i < readBuffer.limit(); i++) {
                    if (readBuffer.get(i) == '\n') {
                        int length = i - readBuffer.position();
                        byte[] line = new byte[length];
                        readBuffer.get(line);
                        readBuffer.get();
                        nextLength = line.length + 1 + (partial == null ? 0 : partial.length);
                        return partial == null ? line : concat(partial, line);
                    }
                }
                if (readBuffer.hasRemaining()) {
                    byte[] rest = new byte[readBuffer.remaining()];
                    readBuffer.get(rest);
                    partial = partial == null ? rest : concat(partial, rest);
                }
                readBuffer.clear();
                int read = reader.read(readBuffer, readOffset);
                if (read <= 0) {
                    readBuffer.flip();
                    throw new IllegalStateException("the Kafka spool " + file + " ends before the events it should hold");
                }
                readOffset += read;
                readBuffer.flip();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the Kafka spool " + file, e);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] joined = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, joined, a.length, b.length);
        return joined;
    }
}
