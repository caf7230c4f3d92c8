package org.agora.core.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * Input and output failures said the way the operating system means them ("no space left on
 * device", "read-only file system", "permission denied"), rather than as a Java exception's name,
 * so that a user reads the cause and what to do about it.
 */
public final class IoFailure {

    private static final String NO_SPACE = "no space left on device";
    private static final String QUOTA = "disk quota exceeded";

    private IoFailure() {
    }

    /** The operating system's reason for {@code failure}, lower case, without the file's name. */
    public static String cause(IOException failure) {
        if (failure instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (failure instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (failure instanceof NotDirectoryException) {
            return "not a directory";
        }
        if (failure instanceof FileSystemException system && system.getReason() != null) {
            return system.getReason().toLowerCase(Locale.ROOT);
        }
        if (failure.getMessage() != null) {
            return failure.getMessage().toLowerCase(Locale.ROOT);
        }
        return failure.getClass().getSimpleName();
    }

    /**
     * The full-disk failure among {@code failure} and its causes, said as "no space left on device: DIR"
     * (or the quota's words), or null if the disk was not full.
     *
     * @param directory where the writes went
     */
    public static String fullDisk(Throwable failure, java.nio.file.Path directory) {
        String cause = fullDiskCause(failure);
        return cause == null ? null : cause + ": " + directory;
    }

    /**
     * The words of the full-disk failure among {@code failure} and its causes ("no space left on
     * device", "disk quota exceeded"), or null if the disk was not full.
     */
    public static String fullDiskCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String reason = t instanceof IOException io ? cause(io) : String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (reason.contains(NO_SPACE)) {
                return NO_SPACE;
            }
            if (reason.contains(QUOTA)) {
                return QUOTA;
            }
        }
        return null;
    }

    /** Whether a run's reason for failing ({@link RunResult#reason()}) is a full disk or an exhausted quota. */
    public static boolean saysFullDisk(String reason) {
        return reason != null && (reason.startsWith(NO_SPACE) || reason.startsWith(QUOTA));
    }

    /** {@code failure} as an unchecked exception whose message says what could not be done and why. */
    public static UncheckedIOException unchecked(String what, IOException failure) {
        return new UncheckedIOException(what + " (" + cause(failure) + ")", failure);
    }
}
