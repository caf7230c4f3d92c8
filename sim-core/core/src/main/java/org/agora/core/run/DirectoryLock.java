package org.agora.core.run;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.agora.core.config.BadInputException;

/**
 * An exclusive lock on a directory that one process at a time may use (a broker's data, a
 * sweep's output), held on a lock file inside it until {@link #close()} or the end of the process.
 * The operating system releases it when the process dies, so a killed owner never leaves it
 * held. On file systems without locks (some network file systems) it is not enforced.
 *
 * <p>Threading: one owner acquires and closes it.
 */
public final class DirectoryLock implements AutoCloseable {

    private final FileChannel channel;

    private DirectoryLock(FileChannel channel) {
        this.channel = channel;
    }

    /**
     * Creates {@code directory} if absent and locks it through {@code lockFile} inside it.
     *
     * @param where what the user gave (an option or a file name) for the one-line message
     * @param inUse what to say when another owner holds the lock (for example "DIR is in use by
     *     another broker; stop it or choose another directory")
     * @throws BadInputException if the directory is a file, cannot be created or written, or is in use
     */
    public static DirectoryLock acquire(Path directory, String lockFile, String where, String inUse) {
        OutputDirectory.create(directory, where);
        FileChannel channel;
        try {
            channel = FileChannel.open(directory.resolve(lockFile), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw BadInputException.at(where, 0, null, "cannot use the directory " + directory + " (" + IoFailure.cause(e) + ")");
        }
        FileLock held;
        try {
            held = channel.tryLock();
        } catch (OverlappingFileLockException sameJvm) {
            held = null;
        } catch (IOException e) {
            closeQuietly(channel);
            throw BadInputException.at(where, 0, null, "cannot lock the directory " + directory + " (" + IoFailure.cause(e) + ")");
        }
        if (held == null) {
            closeQuietly(channel);
            throw BadInputException.at(where, 0, null, inUse);
        }
        return new DirectoryLock(channel);
    }

    /** Releases the lock. Idempotent. */
    @Override
    public void close() {
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // closing releases the lock; a failure to close leaves nothing more to undo
        }
    }
}
