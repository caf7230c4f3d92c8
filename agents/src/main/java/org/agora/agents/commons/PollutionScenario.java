package org.agora.agents.commons;

/** {@code govsim-pollution}: see {@link Setting#POLLUTION}. */
public final class PollutionScenario extends CommonsScenario {

    public PollutionScenario() {
        super(Setting.POLLUTION);
    }
}
