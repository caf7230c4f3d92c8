package org.agora.core.kernel;

/** A handle on a repeating action; see {@link Kernel#every}. */
public interface Repeating {

    /** Stops the repetition; the action does not run again. Idempotent. */
    void cancel();

    /** How many times the action has run so far. */
    long runs();
}
