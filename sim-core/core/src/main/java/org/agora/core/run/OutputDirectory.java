package org.agora.core.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.agora.core.config.BadInputException;

/**
 * A directory the user names for output (a run's, an analysis's, a broker's data): checked and
 * created before anything is produced, so that a path that cannot hold output is bad input in
 * one line, not a failure half-way.
 */
public final class OutputDirectory {

    private static final String PROBE_PREFIX = ".agora-write-check";

    private OutputDirectory() {
    }

    /**
     * Creates {@code directory} if absent and checks that files can be written in it.
     *
     * @param where the option or file that named it, for the message
     * @throws BadInputException if the path is empty, is a file, cannot be created or cannot be
     *     written (read-only file system, permissions), naming the operating system's reason
     */
    public static Path create(Path directory, String where) {
        checkPath(directory, where);
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw BadInputException.at(where, 0, null, "cannot create the directory " + directory + " (" + IoFailure.cause(e) + ")");
        }
        try {
            Files.delete(Files.createTempFile(directory, PROBE_PREFIX, ".tmp"));
        } catch (IOException e) {
            throw BadInputException.at(where, 0, null, "cannot write in the directory " + directory + " (" + IoFailure.cause(e) + ")");
        }
        return directory;
    }

    /**
     * Checks, without creating anything, that {@code directory} could be an output directory: not
     * an empty path, not a file. For a command that reads first and writes later, so that a wrong
     * path is refused before the reading and nothing is left behind if the reading fails.
     *
     * @throws BadInputException if the path is empty or a file
     */
    public static Path checkPath(Path directory, String where) {
        if (directory.toString().isBlank()) {
            throw BadInputException.at(where, 0, null, "an empty path: name a directory");
        }
        if (Files.exists(directory) && !Files.isDirectory(directory)) {
            throw BadInputException.at(where, 0, null, directory + " is a file, not a directory");
        }
        return directory;
    }
}
