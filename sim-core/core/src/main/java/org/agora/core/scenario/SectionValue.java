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

    /**
     * A copy with one key of the block set from the command line ({@code --set llm.cacheMode=replay-only}),
     * checked as strictly as the file. By default no key can be set this way.
     *
     * @param key the key inside the block
     * @param value its text, as given
     * @throws org.agora.core.config.BadInputException naming the assignment if the key is unknown or the value wrong
     */
    default SectionValue with(String key, org.agora.core.config.ConfigNode value) {
        throw value.error("cannot be set with --set");
    }
}
