package org.agora.core.run;

/** How a run stands or ended, as its manifest records it. */
public enum RunStatus {
    /** Started and not yet ended (a crash leaves this behind). */
    RUNNING,
    /** Reached its stop time, stopped itself, or ran out of actions; every sink delivered. */
    DONE,
    /** The model or a sink failed; the manifest says why. Events up to the failure were flushed. */
    FAILED,
    /** Stopped by the user before its end; events up to then were flushed. */
    INTERRUPTED;

    /** The lower-case word written to manifests. */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
