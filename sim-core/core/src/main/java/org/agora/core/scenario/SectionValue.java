package org.agora.core.scenario;

/**
 * The value of a scenario file's {@link Section}: whatever the scenario's models read from it.
 * Immutable.
 */
public interface SectionValue {

    /**
     * What in this block shapes the run's events, as stable text, for the run id; settings that
     * never change the events (addresses, secrets, caches, timeouts) are left out, so a run and
     * its replay against another endpoint carry the same id. Never include a secret.
     */
    String canonicalText();
}
