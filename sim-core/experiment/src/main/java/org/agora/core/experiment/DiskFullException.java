package org.agora.core.experiment;

/**
 * A sweep stopped because its disk filled up (or its quota ran out): not a failure of the run
 * that was writing, so that run is not recorded and the next start, once there is room, redoes it.
 * The message is one line: which run, the operating system's words and the directory.
 */
public final class DiskFullException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String reason;

    DiskFullException(String message) {
        this(message, message);
    }

    DiskFullException(String message, String reason) {
        super(message);
        this.reason = reason;
    }

    /** The cause without the run: the operating system's words and the directory ("no space left on device: DIR; ..."). */
    public String reason() {
        return reason;
    }
}
