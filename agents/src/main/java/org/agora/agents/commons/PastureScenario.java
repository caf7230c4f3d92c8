package org.agora.agents.commons;

/** {@code govsim-pasture}: see {@link Setting#PASTURE}. */
public final class PastureScenario extends CommonsScenario {

    public PastureScenario() {
        super(Setting.PASTURE);
    }
}
