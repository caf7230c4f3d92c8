package org.agora.core.config;

/**
 * Input the user must fix: a scenario or experiment file, a flag, a record read back. The
 * message is one line that names the file, the line and the key where there is one, for
 * example {@code fishery.yaml:7: parameters.capacity: must be at most 1000 (was 5000)}.
 * The command line prints it as it is and exits with status 2.
 */
public final class BadInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BadInputException(String message) {
        super(message);
    }

    public BadInputException(String message, Throwable cause) {
        super(message, cause);
    }

    /** A problem at a place: "source:line: key: problem", leaving out the parts that are unknown. */
    public static BadInputException at(String source, int line, String key, String problem) {
        StringBuilder message = new StringBuilder();
        if (source != null && !source.isEmpty()) {
            message.append(source);
            if (line > 0) {
                message.append(':').append(line);
            }
            message.append(": ");
        }
        if (key != null && !key.isEmpty()) {
            message.append(key).append(": ");
        }
        return new BadInputException(message.append(problem).toString());
    }
}
