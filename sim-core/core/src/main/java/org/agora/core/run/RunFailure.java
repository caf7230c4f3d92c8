package org.agora.core.run;

/**
 * A model ends its run as failed, on purpose, for a reason the user can act on (a spent budget, a
 * lost service, a missing cached answer): the run's reason is this message alone, one line,
 * without the place in the code; every event published so far is kept.
 */
public class RunFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param message one line saying why the run stopped and what to do */
    public RunFailure(String message) {
        super(message);
    }

    /** @param message one line saying why the run stopped; {@code cause} goes to error.log */
    public RunFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
