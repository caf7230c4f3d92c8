package org.agora.core.run;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

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

    /** The lower-case word written to manifests and results. */
    @JsonValue
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The status a word names, in any case.
     *
     * @throws IllegalArgumentException "unknown status 'x'" if none does
     */
    @JsonCreator
    public static RunStatus of(String word) {
        for (RunStatus status : values()) {
            if (status.name().equalsIgnoreCase(word)) {
                return status;
            }
        }
        throw new IllegalArgumentException("unknown status '" + word + "'");
    }
}
